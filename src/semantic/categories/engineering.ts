import type { CategoryConfig } from '../category-config.js';
import { terms } from './terms.js';

export const engineering: CategoryConfig = {
  name: 'engineering',
  description:
    'Engineering: electrical circuits and power systems, electronics, control systems, signal processing, ' +
    'mechanical design, materials and structures, fluid mechanics, heat transfer, civil and chemical engineering.',
  examples: [
    'What resistor do I need to run a 2 V LED from a 5 V supply at 20 mA?',
    'How do I size a steel beam to carry a 10 kN distributed load over a 4 m span?',
    'Explain how a PID controller works and how to tune it.',
    'What is the efficiency of a transformer with 500 W copper losses at full load?',
    'A three-phase induction motor has 4 poles at 60 Hz. What is its synchronous speed?',
    'How do I calculate the pressure drop in a pipe using the Darcy-Weisbach equation?',
    'What is the difference between AC and DC motors in industrial use?',
    'Design a low-pass RC filter with a cutoff frequency of 1 kHz.',
    'How does a heat exchanger work and how do I compute its LMTD?',
    'What is the Reynolds number and how do I tell if pipe flow is turbulent?',
    'How is reinforced concrete designed to resist tension?',
    'What is the Nyquist sampling theorem and why does aliasing happen?',
    'Explain the Rankine cycle used in steam power plants.',
    'How do I choose a wire gauge for a 30 A circuit over 50 feet?',
    'What is the difference between yield strength and ultimate tensile strength?',
    'How does an op-amp inverting amplifier set its gain?',
    'What is the transfer function of a second-order system and its damping ratio?',
    'How do you calculate the moment of inertia of an I-beam cross-section?',
    'Why do bridges have expansion joints?',
    'What is power factor correction and why do utilities care about it?',
    'How does a MOSFET work as a switch in a buck converter?',
    'Explain fatigue failure in metal parts under cyclic loading.',
    'What size pump do I need to lift water 20 m at 5 liters per second?',
    'How do I read a Bode plot to find the gain margin?',
    'What are the tolerances and fits used in shaft and bearing design?',
    'How does a refrigeration cycle move heat from cold to hot?',
    'Compute the voltage across each resistor in a series circuit of 10, 20 and 30 ohms with 12 V.',
    'What does a civil engineer check when designing a retaining wall?',
    'How do gears change torque and speed in a gearbox?',
    'What is the role of a distillation column in chemical process engineering?',
    'What is Thevenin\'s theorem and how do I find the equivalent circuit?',
    'How do I design a PCB trace for 3 A of current?',
    'What is a finite element analysis and when do engineers use it?',
    'Explain the difference between a PLC and a microcontroller for factory automation.',
    'How does a wind turbine convert wind into electrical power? What limits its efficiency?',
    'A motor draws 10 A at 230 V with a power factor of 0.8. What is the real power?',
    'What factor of safety should I use for a lifting hook?',
    'How do I model heat conduction through a composite wall?',
    'What causes cavitation in centrifugal pumps?',
    'What is the bandwidth of an AM signal modulated with a 5 kHz tone?',
    'How do engineers calculate the load capacity of a timber deck?',
    'Explain the working of a four-stroke internal combustion engine.',
    'What is a Karnaugh map used for in digital logic design?',
    'How do I compute the natural frequency of a cantilever beam?',
    'What is the difference between a synchronous and an asynchronous generator?',
    'How are soil tests used to design building foundations?',
    'Explain how a capacitor smooths the output of a rectifier.',
    'What is the impedance of an RLC circuit at resonance?',
    'What material would you choose for a lightweight bicycle frame and why?',
    'How do I convert a 4-20 mA sensor signal to a reading in my control system?',
  ],
  keywords: terms(`
    engineering, engineer, engineers, circuit, circuits, resistor, resistance, capacitor, capacitance,
    inductor, inductance, impedance, voltage, current, ohm, ohm's law, kirchhoff, thevenin, norton, power
    supply, transformer, motor, induction motor, generator, alternator, three-phase, single-phase, power
    factor, power system, grid, transmission line, substation, electrical, electronics, diode, transistor,
    mosfet, op-amp, amplifier, rectifier, inverter, converter, pcb, microcontroller, plc, embedded, sensor,
    actuator, control system, controller, pid, feedback, transfer function, laplace transform, bode plot,
    stability margin, damping ratio, signal processing, filter, low-pass, fourier transform, sampling,
    aliasing, modulation, antenna, bandwidth, decibel, digital logic, logic gate, flip-flop, karnaugh map,
    mechanical, beam, truss, load, stress, strain, shear, bending moment, deflection, yield strength, tensile,
    elastic modulus, young's modulus, fatigue, fracture, factor of safety, material, materials, steel, concrete,
    reinforced concrete, timber, composite, welding, machining, tolerance, gear, gearbox, shaft, bearing,
    torque rating, pump, compressor, turbine, valve, pipe, piping, flow rate, pressure drop, reynolds number,
    fluid mechanics, hydraulic, pneumatic, heat transfer, conduction, convection, heat exchanger, insulation,
    thermodynamic cycle, rankine, refrigeration, hvac, combustion engine, civil engineering, structural,
    foundation, retaining wall, bridge, soil mechanics, geotechnical, surveying, construction, chemical
    engineering, process design, reactor design, distillation column, mass transfer, finite element, cad,
    solidworks, autocad, prototype, specification, efficiency, kw, kva, rpm, hz, amps, volts, watts, kn, mpa,
    wire gauge, breaker, wiring, manufacturing, industrial, automation, robotics,
    electrical engineering, mechanical engineering, civil engineering, structural engineering, chemical engineering,
    aerospace engineering, industrial engineering, environmental engineering, electronics engineering, power
    engineering, control engineering, systems engineering, petroleum engineering, biomedical engineering, materials
    engineering, fuse, circuit breaker, electrical panel, gfci, grounding, earthing, neutral wire, live wire, conduit,
    junction box, extension cord rating, voltage divider, adc, dac, analog-to-digital, pull-up resistor, led resistor,
    current limiting, heat sink, thermal resistance, voltage regulator, linear regulator, ldo, buck converter, boost
    converter, switching power supply, smps, flyback, pwm, pulse width modulation, h-bridge, motor driver, stepper motor,
    servo motor, dc motor, brushless motor, bldc, encoder, tachometer, slip, synchronous speed, rotor, stator, armature,
    field winding, commutator, torque-speed curve, starter, variable frequency drive, vfd, soft starter, relay, contactor,
    snubber, flyback diode, freewheeling diode, zener diode, bjt, igbt, thyristor, scr, triac, gate driver, op amp
    circuit, comparator, schmitt trigger, oscillator circuit, 555 timer, crystal oscillator, rc circuit, rl circuit,
    rlc circuit, time constant, resonance frequency, q factor, phasor, reactance, admittance, complex power, reactive
    power, apparent power, real power, kvar, power factor correction, capacitor bank, three-phase power, delta, wye,
    star-delta, line voltage, phase voltage, transformer turns ratio, step-up, step-down, core losses, copper losses,
    open circuit test, short circuit test, efficiency of transformer, transmission, distribution, high voltage, hvdc,
    switchgear, surge arrester, lightning protection, protective relay, short circuit current, fault analysis, per-unit,
    load flow, smart grid, renewable energy systems, solar panel, photovoltaic, solar inverter, grid-tie, mppt, battery
    storage, wind turbine, betz limit, hydroelectric, turbine blade, generator sizing, ups, backup generator, signal
    conditioning, 4-20 ma, sensor calibration, thermocouple, rtd, strain gauge, load cell, accelerometer,
    instrumentation, data acquisition, scada, hmi, plc programming, ladder logic, industrial control, automation
    system, robot arm, kinematics robot, mechatronics, feedback loop, open-loop, closed-loop, setpoint, overshoot,
    settling time, rise time, steady-state error, root locus, nyquist plot, gain margin, phase margin, state space,
    controllability, observability, pole placement, z-transform, digital signal processing, dsp, fir filter, iir filter,
    fft, convolution, impulse response, frequency response, nyquist rate, sampling rate, quantization, adc resolution,
    am, fm, qam, carrier frequency, sideband, signal-to-noise ratio, snr, channel capacity, shannon, rf, radio frequency,
    transmission line impedance, smith chart, antenna gain, microwave engineering, telecommunications, fiber optic link,
    vlsi, asic, fpga, verilog, vhdl, digital circuit, combinational logic, sequential logic, counter, shift register,
    multiplexer, decoder, adder circuit, boolean algebra simplification, k-map, state machine design, pcb layout, trace
    width, copper thickness, soldering, schematic, spice simulation, ltspice, oscilloscope, multimeter, function
    generator, statics, dynamics engineering, mechanics of materials, strength of materials, free body, reactions at
    supports, cantilever, simply supported beam, shear force diagram, bending moment diagram, moment of inertia of
    section, section modulus, second moment of area, i-beam, column buckling, euler buckling, slenderness ratio, axial
    load, torsion, shaft design, keyway, coupling, fastener, bolt, bolt preload, rivet, weld, fillet weld, butt weld,
    welding symbol, stress concentration, notch, fatigue life, s-n curve, endurance limit, creep, fracture toughness,
    ductile, brittle, hardness test, heat treatment, annealing, quenching, tempering, alloy steel, stainless steel,
    aluminum alloy, titanium, carbon fiber, fiberglass, polymer engineering, ceramics engineering, corrosion protection,
    cathodic protection, coating, galvanized, machine design, mechanism, linkage, cam, gear ratio, gear train, spur gear,
    helical gear, worm gear, planetary gear, belt drive, chain drive, pulley system, flywheel, clutch, brake design,
    bearing selection, ball bearing, roller bearing, bearing life, lubrication, tribology, friction coefficient, vibration,
    natural frequency, damping, resonance avoidance, balancing, cnc, milling, turning, lathe, drilling, 3d printing,
    additive manufacturing, injection molding, casting, forging, sheet metal, tolerances, gd&t, fits, clearance fit,
    interference fit, engineering drawing, blueprint, cad model, fea, finite element method, cfd, computational fluid
    dynamics, simulation, ansys, matlab simulink, thermodynamics engineering, steam turbine, gas turbine, brayton cycle,
    otto cycle, diesel cycle, rankine cycle, combined cycle, boiler, condenser, cooling tower, heat pump, chiller, air
    conditioning, ductwork, ventilation, heat load, insulation thickness, u-value, r-value, thermal conductivity, overall
    heat transfer coefficient, fins, lmtd, ntu method, fluid dynamics engineering, pipe flow, head loss, friction factor,
    moody chart, darcy-weisbach, hazen-williams, pump curve, npsh, cavitation, centrifugal pump, positive displacement,
    compressor, fan, blower, nozzle, orifice, venturi meter, flow measurement, open channel flow, weir, hydraulic
    cylinder, hydraulic press, pneumatic cylinder, actuator sizing, aerodynamics, airfoil, lift coefficient, drag
    coefficient, wind tunnel, propulsion, jet engine, aircraft design, structural analysis, truss analysis, frame,
    reinforced concrete design, rebar, prestressed, concrete mix, compressive strength, steel structure, timber design,
    load combinations, dead load, live load, wind load, snow load, seismic design, earthquake engineering, foundation
    design, footing, pile, bearing capacity, settlement, soil testing, geotechnical investigation, slope stability,
    retaining wall design, earthworks, road design, pavement, highway engineering, traffic engineering, drainage,
    stormwater, sewer, wastewater treatment, water treatment plant, septic system, drain field, hydrology, dam, levee,
    surveying, building codes, construction management, project estimate, chemical process, process control, reactor
    engineering, unit operations, distillation, absorption column, heat exchanger design, mass balance, energy balance,
    process flow diagram, p&id, piping design, pressure vessel, asme code, safety factor, reliability engineering,
    failure analysis, root cause, six sigma engineering, quality control, prototype testing, engine, four-stroke,
    two-stroke, internal combustion, crankshaft, piston, camshaft, turbocharger, transmission gearbox, drivetrain,
    suspension design, vehicle dynamics, electric vehicle powertrain
  `),
};
