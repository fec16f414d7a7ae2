import type { CategoryConfig } from '../category-config.js';
import { terms } from './terms.js';

export const physics: CategoryConfig = {
  name: 'physics',
  description:
    'Physics: mechanics, motion, forces and Newton\'s laws, energy and momentum, waves, sound and optics, ' +
    'electricity and magnetism, thermodynamics, relativity, quantum mechanics, nuclear physics and astronomy.',
  examples: [
    'A ball is thrown upward at 20 m/s. How high does it go?',
    'Explain Newton\'s third law with an everyday example.',
    'Why does time slow down near the speed of light?',
    'What is the difference between mass and weight?',
    'How does a rainbow form? Explain refraction and dispersion.',
    'A 2 kg block slides down a frictionless incline of 30 degrees. What is its acceleration?',
    'What is quantum entanglement in simple terms?',
    'Why is the sky blue?',
    'How do black holes form and what is an event horizon?',
    'Calculate the kinetic energy of a 1,000 kg car moving at 25 m/s.',
    'What is the photoelectric effect and why did it support the photon idea?',
    'How does a magnetic field exert a force on a moving charge?',
    'Explain the Doppler effect for sound from an ambulance siren.',
    'What is the second law of thermodynamics really saying about entropy?',
    'How do satellites stay in orbit without falling down?',
    'What is the wavelength of a 440 Hz sound wave in air?',
    'What is Heisenberg\'s uncertainty principle?',
    'Why do astronauts feel weightless on the space station?',
    'Two charges of 3 microcoulombs are 0.5 m apart. What is the Coulomb force?',
    'What is the difference between nuclear fission and fusion?',
    'How does a lens focus light and what is the focal length?',
    'What does E = mc^2 actually mean?',
    'Explain conservation of momentum in an inelastic collision.',
    'What is a simple harmonic oscillator and what determines its period?',
    'Why does a spinning figure skater speed up when pulling in her arms?',
    'How do stars produce energy?',
    'What is dark matter and how do we know it exists?',
    'A pendulum is 1 m long. What is its period on the Moon?',
    'What is the Schrödinger equation used for?',
    'How does Faraday\'s law explain electromagnetic induction?',
    'Why does a metal spoon feel colder than a wooden one at the same temperature?',
    'What is the terminal velocity of a skydiver and why does it happen?',
    'Explain the double slit experiment and wave-particle duality.',
    'How much work is done lifting a 10 kg box 2 meters?',
    'What is the half-life of carbon-14 and how does radioactive decay work?',
    'What are the four fundamental forces of nature?',
    'Why do we see lightning before we hear thunder?',
    'How does pressure change with depth in a fluid? What is buoyancy?',
    'What is the escape velocity from Earth?',
    'What causes the seasons on Earth?',
    'Explain the Higgs boson to a curious teenager.',
    'A car rounds a curve of radius 50 m at 20 m/s. What centripetal acceleration does it feel?',
    'What is special relativity versus general relativity?',
    'How do polarized sunglasses reduce glare?',
    'What is torque and how is it related to angular acceleration?',
    'Why can\'t anything travel faster than light?',
    'How does a telescope magnify distant galaxies?',
    'What is the Big Bang theory and the evidence for cosmic expansion?',
    'Is heat the same thing as temperature?',
    'What is the magnetic field inside a long solenoid?',
  ],
  keywords: terms(`
    physics, physicist, force, forces, newton, newton's laws, mass, weight, acceleration, velocity, speed,
    displacement, motion, kinematics, dynamics, projectile, free fall, gravity, gravitational, gravitation,
    friction, inclined plane, momentum, impulse, collision, elastic, inelastic, energy, kinetic energy, potential
    energy, work, power, conservation of energy, torque, angular momentum, rotational, moment of inertia,
    centripetal, circular motion, orbit, satellite, pendulum, oscillation, harmonic, spring constant, hooke,
    wave, waves, wavelength, frequency, amplitude, interference, diffraction, doppler, sound, acoustic,
    resonance, light, optics, lens, mirror, refraction, reflection, snell's law, focal length, photon, laser,
    electromagnetic, electric field, magnetic field, charge, coulomb, electron, proton, neutron, current,
    potential difference, capacitor charge, electromagnetic induction, faraday, maxwell, thermodynamics, heat,
    temperature, entropy, specific heat, thermal expansion, heat engine, kelvin, pressure, fluid, buoyancy,
    archimedes, bernoulli, density, relativity, einstein, special relativity, general relativity, spacetime,
    time dilation, speed of light, quantum, quantum mechanics, wave function, schrodinger, uncertainty
    principle, entanglement, superposition, particle, particle physics, quark, boson, higgs, fermion,
    nuclear, fission, fusion, radioactive, radioactivity, half-life, decay, isotope, astrophysics, astronomy,
    star, stars, planet, galaxy, black hole, neutron star, supernova, cosmology, big bang, dark matter, dark
    energy, universe, telescope, solar system, moon, sun, light year, redshift, m/s, m/s^2, joule, watt, newtons,
    hertz, tesla, vacuum, plasma, superconductivity, semiconductor physics, condensed matter, string theory,
    acceleration due to gravity, g = 9.8, free body diagram, net force, normal force, tension force, air resistance, drag
    force, terminal velocity, projectile motion, range of a projectile, trajectory, horizontal velocity, vertical
    velocity, uniform motion, constant acceleration, kinematic equations, displacement-time graph, velocity-time graph,
    relative velocity, frame of reference, inertial frame, inertia, newton's first law, newton's second law, f = ma,
    action and reaction, equilibrium of forces, statics physics, center of mass, center of gravity, lever, torque
    physics, angular velocity, angular acceleration, rolling motion, moment of inertia disk, rotational kinetic energy,
    conservation of angular momentum, gyroscope, precession, boomerang, spin, figure skater, centrifugal, coriolis effect,
    coriolis, rotating frame, work-energy theorem, mechanical energy, elastic potential energy, gravitational potential
    energy, power output, efficiency of a machine, simple machines, pulley, inclined plane physics, impulse-momentum,
    elastic collision, perfectly inelastic, coefficient of restitution, recoil, rocket propulsion, thrust, rocket
    equation, orbital mechanics, kepler's laws, escape velocity, orbital velocity, geostationary, weightlessness,
    gravitational field, universal gravitation, tidal forces, tides, moon phases, eclipse, solar eclipse, seasons,
    axial tilt, planets orbit, mars gravity, jupiter, saturn rings, exoplanet, transit method, radial velocity method,
    habitable zone, astronomy telescope, spectroscopy stars, stellar evolution, main sequence, red giant, white dwarf,
    pulsar, quasar, nebula, milky way, andromeda, hubble, hubble constant, cosmic microwave background, inflation
    cosmology, age of the universe, gravitational waves, ligo, wormhole, event horizon, hawking radiation, singularity,
    simple harmonic motion, spring-mass system, period of oscillation, damped oscillation, driven oscillation, natural
    frequency physics, standing wave, node, antinode, harmonics, overtones, beats, transverse wave, longitudinal wave,
    wave speed, wave equation, speed of sound, sound intensity, loudness, pitch, echo, ultrasound physics, sonic boom,
    mach number, shock wave, electromagnetic spectrum, radio waves, microwaves, infrared, ultraviolet, x-rays, gamma rays,
    visible light, polarization, polarized, brewster angle, total internal reflection, fiber optics physics, critical
    angle, index of refraction, dispersion, prism, rainbow, thin lens equation, converging lens, diverging lens, concave
    mirror, convex mirror, magnification, real image, virtual image, optical instruments, microscope, young's double slit,
    diffraction grating, single slit, huygens principle, coherence, thin film interference, electrostatics, coulomb's law,
    electric charge, conductor, insulator, electric potential, potential energy of charges, equipotential, gauss's law,
    electric flux, capacitance physics, dielectric, ohm's law physics, resistivity, drift velocity, series and parallel,
    electromotive force, emf, magnetism, magnet, magnetic poles, magnetic flux, lorentz force, right-hand rule,
    solenoid, ampere's law, biot-savart, lenz's law, induced emf, self-inductance, electromagnetic waves, maxwell's
    equations, displacement current, thermodynamics laws, zeroth law, first law of thermodynamics, second law of
    thermodynamics, third law of thermodynamics, internal energy, heat capacity, latent heat, phase change physics,
    thermal equilibrium, heat conduction physics, radiation heat, blackbody radiation, stefan-boltzmann, wien's law,
    carnot engine, carnot efficiency, heat pump physics, entropy change, statistical mechanics, boltzmann, ideal gas
    physics, pv = nrt, kinetic theory, absolute zero, kelvin scale, thermal radiation, pressure in fluids, hydrostatic
    pressure, pascal's principle, archimedes principle, buoyant force, continuity equation, bernoulli's principle, lift
    physics, surface tension physics, laminar, special relativity postulates, lorentz factor, length contraction,
    simultaneity, twin paradox, mass-energy equivalence, e=mc^2, photoelectric effect, work function, photon energy,
    planck's constant, de broglie wavelength, wave-particle duality, double slit, bohr model, energy levels, atomic
    spectra, quantum tunneling, spin quantum, pauli exclusion principle, schrodinger's cat, copenhagen interpretation,
    quantum field theory, standard model, gluon, photon, w boson, strong force, weak force, electromagnetic force,
    fundamental forces, antimatter, positron, neutrino, muon, particle accelerator, large hadron collider, cern,
    radioactive decay law, alpha particle, beta particle, gamma radiation, chain reaction, nuclear reactor, control rods,
    critical mass, binding energy, mass defect, nuclear fusion sun, stellar nucleosynthesis, plasma physics, lasers
    stimulated emission, semiconductors band gap, superconductor, magnetism in materials, ferromagnetism, physics
    homework, physics problem, physical law, experiment physics, measurement uncertainty physics, units, si units, vector
    quantity, scalar quantity, dimensional analysis, rayleigh
    scattering, lightning physics, static electricity
  `),
};
