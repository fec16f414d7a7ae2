import type { CategoryConfig } from '../category-config.js';
import { terms } from './terms.js';

export const psychology: CategoryConfig = {
  name: 'psychology',
  description:
    'Psychology: behavior, cognition, memory, learning and conditioning, perception, emotion and motivation, ' +
    'personality, developmental and social psychology, mental disorders, therapy approaches and research methods.',
  examples: [
    'What is the difference between classical and operant conditioning?',
    'Explain Maslow\'s hierarchy of needs.',
    'Why do people conform to group pressure, like in the Asch experiment?',
    'What is cognitive dissonance? Give a real-life example.',
    'How does short-term memory differ from long-term memory?',
    'What are Piaget\'s stages of cognitive development?',
    'I procrastinate on everything. What does psychology say about why?',
    'What is the bystander effect?',
    'How does cognitive behavioral therapy work?',
    'What are the Big Five personality traits?',
    'What did the Stanford prison experiment claim to show, and what are its criticisms?',
    'Explain attachment styles in children according to Ainsworth.',
    'What is confirmation bias and how can I avoid it?',
    'How do psychologists define and measure intelligence?',
    'What is the difference between a psychologist and a psychiatrist?',
    'Why do we dream, according to different psychological theories?',
    'What is learned helplessness?',
    'How does positive reinforcement differ from negative reinforcement?',
    'What are the diagnostic criteria for generalized anxiety disorder in the DSM-5?',
    'Explain the fundamental attribution error.',
    'What is the placebo effect from a psychological point of view?',
    'How does sleep deprivation affect decision making and mood?',
    'What is Erikson\'s theory of psychosocial development?',
    'Why are first impressions so hard to change?',
    'What is the difference between a between-subjects and a within-subjects design?',
    'How can I build better habits based on behavioral science?',
    'Explain Freud\'s id, ego and superego.',
    'What is emotional intelligence?',
    'What causes phobias and how is exposure therapy used?',
    'How do children acquire language according to Chomsky versus Skinner?',
    'What is the Yerkes-Dodson law about arousal and performance?',
    'Why do people feel lonely even in a crowd?',
    'A researcher rewards a rat each time it presses a lever. Which schedule of reinforcement produces the most persistent behavior?',
    'What is the Milgram obedience experiment?',
    'How do defense mechanisms like projection and denial work?',
    'What is the difference between introversion and shyness?',
    'What are the symptoms of post-traumatic stress disorder?',
    'How does social media affect teenagers\' self-esteem?',
    'What is the availability heuristic?',
    'How do I cope with the grief after losing a parent?',
    'What is the serial position effect in memory?',
    'Explain selective attention and the cocktail party effect.',
    'What is the nature versus nurture debate in developmental psychology?',
    'What is motivated reasoning?',
    'How do twin studies estimate heritability of traits?',
    'What is burnout and how is it different from depression?',
    'What is a Likert scale and how is it used in psychological surveys?',
    'Why do people fall for the sunk cost fallacy emotionally?',
    'How does mindfulness reduce rumination and anxiety?',
    'What is groupthink and how can teams avoid it?',
  ],
  keywords: terms(`
    psychology, psychologist, psychological, behavior, behaviour, behavioral, cognition, cognitive, mind, mental,
    emotion, emotions, emotional, feelings, mood, motivation, personality, trait, temperament, memory,
    short-term memory, long-term memory, working memory, recall, forgetting, learning, conditioning, classical
    conditioning, operant conditioning, pavlov, skinner, reinforcement, punishment, stimulus, response,
    perception, attention, consciousness, sleep and dreams, dream, freud, psychoanalysis, unconscious, ego,
    jung, piaget, erikson, vygotsky, maslow, developmental psychology, child development, adolescence,
    attachment, social psychology, conformity, obedience, milgram, asch, bystander effect, persuasion,
    attitude, prejudice, stereotype, group dynamics, groupthink, cognitive bias, heuristic, confirmation bias,
    cognitive dissonance, self-esteem, self-concept, identity, intelligence, iq, emotional intelligence,
    anxiety disorder, depression, depressive, bipolar, schizophrenia, ptsd, trauma, ocd, adhd, autism,
    phobia, panic attack, eating disorder, personality disorder, dsm, dsm-5, psychiatric, therapist, therapy
    session, counseling, cbt, cognitive behavioral therapy, psychotherapy, exposure therapy, mindfulness,
    coping, stress response, resilience, grief, loneliness, relationships, habit, procrastination, willpower,
    introvert, extrovert, big five, neuroticism, openness, experiment, participants, survey, questionnaire,
    independent variable, dependent variable, correlation study, sample, replication crisis, placebo effect,
    neurotransmitter, dopamine, serotonin, brain and behavior, neuroscience, sensation, gestalt, illusion,
    memory bias, nature versus nurture, heritability, twin study, empathy, anger, fear, happiness, well-being,
    burnout, addiction psychology, overthinking, rumination, self-control,
    halo effect, mere exposure effect, spotlight effect, dunning-kruger, imposter syndrome, framing effect, anchoring,
    anchoring bias, availability heuristic, representativeness heuristic, hindsight bias, self-serving bias, optimism
    bias, negativity bias, status quo bias, loss aversion psychology, sunk cost, choice overload, decision making
    psychology, judgment, dual process theory, system 1, system 2, kahneman, tversky, prospect theory psychology,
    attribution theory, fundamental attribution error, actor-observer bias, just-world hypothesis, in-group, out-group,
    social identity theory, social loafing, social facilitation, deindividuation, group polarization, obedience to
    authority, zimbardo, stanford prison, bobo doll, bandura, observational learning, modeling, self-efficacy, social
    learning theory, kohlberg, moral development, theory of mind, object permanence, conservation task, sensorimotor,
    preoperational, concrete operational, formal operational, zone of proximal development, scaffolding, temperament in
    infants, strange situation, ainsworth, bowlby, secure attachment, avoidant attachment, anxious attachment, parenting
    styles, authoritative, authoritarian, permissive, adolescent development, identity crisis, midlife, aging
    psychology, cognitive decline, memory encoding, storage, retrieval, sensory memory, iconic memory, echoic memory,
    chunking, rehearsal, levels of processing, serial position, primacy effect, recency effect, interference, decay
    theory, false memory, eyewitness testimony, misinformation effect, loftus, repressed memory, flashbulb memory,
    episodic memory, semantic memory, procedural memory, implicit memory, explicit memory, amnesia, hippocampus memory,
    h.m. patient, selective attention, divided attention, inattentional blindness, change blindness, cocktail party
    effect, perception psychology, bottom-up processing, top-down processing, perceptual set, depth perception, visual
    illusion, signal detection theory, absolute threshold, weber's law, psychophysics, motivation theories, drive
    reduction, arousal theory, yerkes-dodson, intrinsic motivation, extrinsic motivation, self-determination theory,
    flow state, achievement motivation, emotion theories, james-lange, cannon-bard, schachter-singer, two-factor theory,
    facial expressions, ekman, emotional regulation, stress and coping, fight or flight, general adaptation syndrome,
    cortisol stress, personality psychology, trait theory, ocean model, myers-briggs, mbti, personality test validity,
    rorschach, projective test, tat, mmpi, psychometrics, reliability, validity, standardization, iq test, wechsler,
    stanford-binet, multiple intelligences, gardner, sternberg, fluid intelligence, crystallized intelligence, flynn
    effect, psychodynamic, defense mechanisms, repression, projection, denial, displacement, sublimation psychology,
    rationalization, oedipus complex, humanistic psychology, carl rogers, unconditional positive regard,
    self-actualization, hierarchy of needs, behaviorism, watson, little albert, thorndike, law of effect, shaping,
    extinction, spontaneous recovery, generalization, discrimination learning, schedules of reinforcement, variable
    ratio, fixed interval, token economy, biological psychology, brain regions, prefrontal cortex, amygdala, limbic
    system, neuroplasticity, split brain, lateralization, psychopharmacology, clinical psychology, abnormal psychology,
    psychopathology, diagnosis dsm, major depressive disorder, generalized anxiety disorder, social anxiety, panic
    disorder, agoraphobia, specific phobia, obsessive-compulsive, hoarding, body dysmorphic, ptsd symptoms, dissociative
    disorder, schizophrenia symptoms, hallucinations, delusions, bipolar disorder mania, borderline personality disorder,
    narcissistic personality, antisocial personality, psychopathy, sociopath, autism spectrum, adhd in adults, learning
    disability, dyslexia, anorexia, bulimia, binge eating, substance use disorder, addiction behavior, gambling
    addiction, internet addiction, treatment approaches, psychotherapy types, dbt, dialectical behavior therapy, act
    therapy, psychoanalytic therapy, family therapy, group therapy, systematic desensitization, emdr, talk therapy,
    counselor, therapist advice, seeing a therapist, mental health awareness, self-harm, suicidal thoughts, crisis
    support, loneliness, social isolation, friendships psychology, romantic relationships, love psychology, jealousy,
    attraction, conflict resolution, communication styles, assertiveness, people-pleasing, boundaries, self-compassion,
    perfectionism, overthinking, anxiety at work, motivation to study, study habits, productivity psychology, habit
    formation, habit loop, delayed gratification, marshmallow test, self-regulation, grit, growth mindset, fixed mindset,
    positive psychology, happiness research, gratitude, optimism, resilience building, meditation effects, mindfulness
    practice, sleep and memory, dreams interpretation, lucid dreaming, research methods psychology, experimental design,
    control group, random assignment, confound, operational definition, correlation vs causation, survey research,
    longitudinal study, cross-sectional, case study, naturalistic observation, double-blind, placebo, ethics in research,
    informed consent, debriefing, replication, statistical significance psychology, effect size, sampling bias,
    psychology student, psychology exam, ap psychology, teen risk taking, adolescent brain, peer pressure, conformity
    pressure, persuasion techniques, foot-in-the-door, door-in-the-face, cognitive psychology, developmental, social,
    clinical, industrial-organizational psychology, forensic psychology, educational psychology, health psychology,
    sports psychology, consumer psychology,
    consultee-centered, consultation model, caplan, client-centered therapy, apa ethics code, ethical principles of
    psychologists, licensed psychologist, psychological testing, test reliability, test validity, wais, wisc, mmpi-2, test norms,
    standard error of measurement, behavior therapy, family systems therapy, minuchin, bowen, aaron beck, albert ellis, rebt,
    counseling psychology, clinical supervisor, client confidentiality, duty to warn, tarasoff, industrial-organizational,
    job satisfaction, hofstede, individualism, collectivism, cultural dimensions, school psychologist, iep, psychologist's
  `),
};
