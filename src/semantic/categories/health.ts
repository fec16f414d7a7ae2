import type { CategoryConfig } from '../category-config.js';
import { terms } from './terms.js';

export const health: CategoryConfig = {
  name: 'health',
  description:
    'Health and medicine: symptoms, diseases and their treatment, medications and dosages, nutrition and diet, ' +
    'exercise and fitness, clinical medicine, nursing, human anatomy in a medical context, mental wellbeing, aging.',
  examples: [
    'I have had a headache and a fever for three days. Should I see a doctor?',
    'What are the early warning signs of a stroke?',
    'How much vitamin D should an adult take per day?',
    'Is it safe to take ibuprofen and paracetamol together?',
    'What is the difference between type 1 and type 2 diabetes?',
    'How can I lower my blood pressure naturally?',
    'What are the side effects of statins?',
    'A 55-year-old man presents with crushing chest pain radiating to the left arm. What is the most likely diagnosis?',
    'How many calories should I eat to lose a pound a week?',
    'What causes lower back pain when sitting for long periods?',
    'How long is someone contagious after getting the flu?',
    'What foods are high in iron for someone who is anemic?',
    'Is intermittent fasting healthy?',
    'What is the recommended treatment for a sprained ankle?',
    'What does a high LDL cholesterol result mean on my blood test?',
    'How do I know if a cut is infected?',
    'What are the symptoms of an allergic reaction and when is it anaphylaxis?',
    'How much sleep do teenagers need?',
    'What exercises help with knee arthritis?',
    'Which vaccines are recommended for adults over 65?',
    'My toddler swallowed a small battery. What should I do right now?',
    'What is the first-line drug for uncomplicated hypertension?',
    'How does smoking damage the lungs over time?',
    'What are the stages of Alzheimer\'s disease?',
    'How do I treat a mild burn at home?',
    'Is it normal to feel dizzy when standing up quickly?',
    'What is the difference between a cold and COVID symptoms?',
    'How can I improve my gut health?',
    'What is a healthy resting heart rate?',
    'Which nerve is most likely injured in a midshaft humerus fracture?',
    'How much protein do I need to build muscle?',
    'What are the risks of taking antibiotics too often?',
    'How is asthma diagnosed and managed?',
    'What should I eat before running a half marathon?',
    'Can stress cause stomach ulcers?',
    'What are the signs of dehydration in older adults?',
    'A patient with kidney failure has high potassium. What ECG change do you expect?',
    'How often should I get a mammogram?',
    'What is the normal dose of amoxicillin for a child with an ear infection?',
    'What are the benefits of strength training for older people?',
    'How do I stop snoring? My partner says I stop breathing at night.',
    'What is the glycemic index and should I care about it?',
    'What are the symptoms of a thyroid problem?',
    'Is a keto diet safe for someone with high cholesterol?',
    'How do I care for my elderly mother after hip surgery?',
    'When should a fever in a baby be treated as an emergency?',
    'What is the best way to treat acne scars?',
    'What is sepsis and how quickly does it need treatment?',
    'How does physical therapy help after a rotator cuff injury?',
    'How much water should I drink every day?',
  ],
  keywords: terms(`
    health, healthy, medicine, medical, medication, medications, drug, drugs, dose, dosage, prescription,
    doctor, physician, nurse, nursing, hospital, clinic, patient, patients, diagnosis, diagnose, symptom,
    symptoms, treatment, therapy, disease, illness, infection, infected, fever, pain, headache, migraine,
    nausea, vomiting, diarrhea, cough, cold, flu, influenza, covid, virus infection, vaccine, vaccination,
    antibiotic, antibiotics, ibuprofen, paracetamol, acetaminophen, aspirin, insulin, diabetes, blood sugar,
    blood pressure, hypertension, cholesterol, heart disease, heart attack, stroke, cancer, tumor, chemotherapy,
    asthma, allergy, allergic, arthritis, obesity, weight loss, diet, nutrition, nutrient, vitamin, vitamins,
    mineral, protein intake, calories, fiber, exercise, workout, fitness, running, strength training,
    stretching, sleep, insomnia, fatigue, dehydration, hydration, injury, sprain, fracture, surgery, recovery,
    rehabilitation, physical therapy, pregnancy, prenatal, pediatric, baby, infant, elderly, aging, dementia,
    alzheimer, kidney, liver, lungs, heart rate, ecg, mri, x-ray, blood test, lab results, anemia, thyroid,
    hormone therapy, menopause, skin, rash, acne, eczema, dermatology, dental, teeth, gum disease, eye,
    vision, hearing, first aid, cpr, emergency, ambulance, wound, burn, bleeding, sepsis, immune, inflammation,
    chronic, acute, side effects, contraindication, pharmacist, supplement, probiotic, gut health, smoking,
    alcohol use, addiction, public health, epidemiology, mortality, clinical, presents with, year-old,
    differential diagnosis, management of, nerve injury, artery, vein, anatomy of the, tendon, ligament,
    muscle, bone density, osteoporosis, wellness, self-care, mental health,
    iron deficiency, anemia symptoms, ferritin, hemoglobin level, b12 deficiency, folate, vitamin d deficiency, calcium
    supplement, magnesium supplement, omega-3, fish oil, multivitamin, vegan diet, vegetarian nutrition, plant-based,
    macronutrients, carbs, carbohydrate intake, sugar intake, salt intake, sodium intake, processed food, whole grains,
    mediterranean diet, dash diet, keto, ketogenic, low carb, intermittent fasting, calorie deficit, bmi, body fat,
    metabolism rate, weight gain, healthy weight, meal plan, portion size, eating habits, snacking, caffeine, coffee
    health, alcohol health effects, hangover, smoking cessation, quit smoking, nicotine, vaping health, cardio, aerobic
    exercise, hiit, resistance training, weightlifting injury, warm-up, cool down, stretching routine, flexibility,
    yoga for back pain, posture, ergonomics, sitting too long, back pain, neck pain, sciatica, herniated disc, knee
    pain, shoulder pain, hip pain, joint pain, arthritis pain, osteoarthritis, rheumatoid arthritis, gout, uric acid,
    tendonitis, plantar fasciitis, shin splints, runner's knee, hamstring strain, pulled muscle, muscle cramps, sprained
    ankle, rice method, ice or heat, broken bone, cast, crutches, concussion, head injury, whiplash, physiotherapy,
    chiropractor, massage therapy, orthopedic, sports medicine, knuckle cracking, heartburn, acid reflux, gerd, ulcer,
    ibs, irritable bowel, constipation, bloating, food poisoning, stomach flu, gastroenteritis, celiac, gluten
    intolerance, lactose intolerance, food allergy, peanut allergy, epipen, anaphylaxis, hives, hay fever, seasonal
    allergies, antihistamine, decongestant, sinus infection, sinusitis, sore throat, strep throat, tonsillitis, ear
    infection, pink eye, conjunctivitis, uti, urinary tract infection, kidney stones, bladder, prostate, erectile
    dysfunction, sexual health, std, sti, hiv, contraception, birth control, iud, vasectomy, fertility, ivf, pregnancy
    symptoms, morning sickness, prenatal vitamins, gestational diabetes, breastfeeding, postpartum, newborn care,
    vaccination schedule, childhood vaccines, measles, mumps, chickenpox, shingles, hpv vaccine, tetanus shot, flu shot,
    booster, immunization, covid vaccine, long covid, pneumonia, bronchitis, copd, emphysema, inhaler, oxygen saturation,
    pulse oximeter, shortness of breath, chest pain, palpitations, arrhythmia, atrial fibrillation, heart failure,
    ejection fraction, coronary artery disease, angina, myocardial infarction, cardiac arrest, defibrillator, blood
    thinner, warfarin, anticoagulant, statin, beta blocker, ace inhibitor, diuretic, metformin, insulin injection, a1c,
    glucose monitor, hypoglycemia, hyperglycemia, prediabetes, thyroid disease, hypothyroidism, hyperthyroidism, tsh,
    levothyroxine, hormone levels, testosterone, estrogen, menopause symptoms, hot flashes, hrt, pms, period pain,
    menstrual cycle health, endometriosis, pcos, breast cancer screening, mammogram, pap smear, colonoscopy, prostate
    screening, psa test, cancer screening, skin cancer, melanoma, mole check, sunscreen, sunburn, dermatologist, acne
    treatment, psoriasis, eczema treatment, rosacea, hair loss, dandruff, nail fungus, athlete's foot, wart, cold sores,
    oral health, cavities, toothache, dentist, flossing, gum bleeding, eye strain, glasses, cataracts, glaucoma, macular
    degeneration, hearing loss, tinnitus, vertigo, dizziness, fainting, low blood pressure, orthostatic, migraine
    treatment, tension headache, sleep apnea, snoring, cpap, sleep hygiene, melatonin, jet lag health, chronic fatigue,
    fibromyalgia, autoimmune disease, lupus, multiple sclerosis, parkinson's disease, epilepsy, seizure, neuropathy,
    alzheimer's disease, memory loss in elderly, caregiver, nursing home, home care, hospice, palliative care, end of
    life care, fall prevention, elderly care, geriatric, frailty, hip replacement, knee replacement, post-surgery care,
    anesthesia, surgical recovery, wound care, stitches, infection signs, pus, swelling, redness, tetanus, burns
    treatment, frostbite, heat stroke, hypothermia, poisoning, poison control, overdose, choking, heimlich, cpr steps,
    first aid kit, bee sting, insect bite, tick bite, lyme disease, dog bite, rabies shot, malaria, dengue, travel
    vaccines, hepatitis, liver disease, fatty liver, cirrhosis, kidney disease, dialysis, electrolyte imbalance, potassium
    level, sodium level, dehydrated, blood test results, cbc, lipid panel, ldl, hdl, triglycerides, liver enzymes,
    urinalysis, biopsy, ct scan, ultrasound scan, mri scan, x-ray results, ecg reading, echocardiogram, stress test,
    referral, specialist, primary care, urgent care, emergency room, er, telehealth, health insurance coverage,
    prescription drug, generic drug, over-the-counter, otc, drug interaction, dosage for children, mg per kg,
    antibiotic course, antibiotic resistance in patients, antiviral, tamiflu, steroid, prednisone, cortisone injection,
    painkiller, opioid, naproxen, tylenol, advil, side effect, allergy to penicillin, amoxicillin, azithromycin,
    antidepressant side effects, ssri medication, pharmacology clinical, clinical trial, evidence-based medicine,
    diagnosis and treatment, prognosis, pathophysiology, presenting symptoms, physical exam, vital signs, medical
    history, most likely diagnosis, next best step, first-line treatment, contraindicated, nursing care, patient care,
    public health measures, hygiene, handwashing, infection control, nutrition facts, food label, protein needs, muscle
    recovery, sports nutrition, hydration needs, electrolytes drink, healthy lifestyle, longevity, life expectancy,
    preventive care, checkup, annual physical, mental wellness, stress management health, burnout recovery,
    body cavity, cranial cavity, thoracic cavity, abdominal cavity, pituitary gland, hypophysis, foramen, vertebra,
    cranial nerves, nerve supply, innervation, blood supply, muscles of the, bones of the, skull, mandible, pharynx, larynx,
    trachea, esophagus, diaphragm, pleura, pericardium, anatomical position, pharyngeal arches, clinical knowledge,
    older adults, human aging, life expectancy of older adults, nutritional requirements, dietary intake, vitamin deficiency,
    hemoglobin level, comes to the physician, comes to the emergency department, physical examination shows
  `),
};
