import type { CategoryConfig } from '../category-config.js';
import { terms } from './terms.js';

export const philosophy: CategoryConfig = {
  name: 'philosophy',
  description:
    'Philosophy: ethics and moral dilemmas, metaphysics, epistemology, logic and fallacies, philosophy of mind, ' +
    'political philosophy, existentialism, world religions and theology, and the great philosophers.',
  examples: [
    'What is the trolley problem and what would a utilitarian do?',
    'Explain Kant\'s categorical imperative.',
    'Do we have free will if the universe is deterministic?',
    'What did Descartes mean by "I think, therefore I am"?',
    'What is the difference between deductive and inductive reasoning?',
    'Is it ever morally acceptable to lie?',
    'What is a straw man fallacy? Give an example.',
    'Explain Plato\'s allegory of the cave.',
    'What is existentialism according to Sartre?',
    'What is the mind-body problem?',
    'How does virtue ethics differ from consequentialism?',
    'What is the meaning of life according to different philosophers?',
    'Is the argument "all men are mortal, Socrates is a man, so Socrates is mortal" valid?',
    'What is Nietzsche\'s idea of the Übermensch?',
    'What is the ship of Theseus paradox about identity?',
    'Explain Hume\'s problem of induction.',
    'What is John Rawls\'s veil of ignorance?',
    'What are the main beliefs of Buddhism?',
    'What is the difference between Sunni and Shia Islam?',
    'Is morality objective or relative?',
    'Explain the ontological argument for the existence of God.',
    'What is the problem of evil?',
    'What is a categorical syllogism and what makes it valid?',
    'What did Aristotle think about happiness and eudaimonia?',
    'What is stoicism and how can I apply it to daily life?',
    'Is it wrong to eat meat? Give the strongest arguments on both sides.',
    'What is the Chinese room argument against strong AI?',
    'What is epistemology and what does it mean to know something?',
    'Explain the Gettier problem.',
    'What did Confucius teach about relationships and virtue?',
    'What is the difference between a necessary and a sufficient condition?',
    'Is the following argument an ad hominem: "You can\'t trust his view on taxes because he is rich"?',
    'What is Hobbes\'s view of the state of nature?',
    'What is absurdism in Camus\'s philosophy?',
    'Would it be morally permissible to push someone to save five people?',
    'Translate this into predicate logic: every student reads some book.',
    'What is the social contract theory?',
    'What does Hinduism teach about karma and reincarnation?',
    'What is the difference between a priori and a posteriori knowledge?',
    'What is solipsism?',
    'Explain Mill\'s harm principle.',
    'Is euthanasia morally justified? Discuss from several ethical theories.',
    'What is phenomenology?',
    'What is the slippery slope fallacy and when is the argument reasonable?',
    'What is the difference between ethics and morals?',
    'What is Zeno\'s paradox of Achilles and the tortoise?',
    'What did Wittgenstein mean by language games?',
    'In which of these scenarios does the main character do something clearly morally wrong?',
    'What is the Euthyphro dilemma?',
    'What is the concept of the soul in Christianity versus Buddhism?',
  ],
  keywords: terms(`
    philosophy, philosopher, philosophers, philosophical, ethics, ethical, moral, morality, morally, immoral,
    virtue, virtue ethics, utilitarian, utilitarianism, consequentialism, deontology, deontological, kant,
    categorical imperative, mill, bentham, aristotle, plato, socrates, socratic, descartes, hume, locke,
    hobbes, rousseau, nietzsche, kierkegaard, sartre, camus, heidegger, wittgenstein, rawls, spinoza, leibniz,
    confucius, laozi, stoicism, stoic, epicurean, existentialism, existential, absurdism, nihilism,
    metaphysics, ontology, epistemology, knowledge, justified true belief, skepticism, free will, determinism,
    compatibilism, mind-body problem, dualism, materialism, consciousness problem, qualia, personal identity,
    logic, logical, argument, premise, conclusion, valid, validity, sound argument, syllogism, deductive,
    inductive, fallacy, fallacies, ad hominem, straw man, slippery slope, begging the question, false
    dilemma, modus ponens, predicate logic, propositional logic, truth table, paradox, thought experiment,
    trolley problem, veil of ignorance, social contract, political philosophy, justice, rights theory,
    liberty, meaning of life, purpose, existence, god, existence of god, theology, religion, religions,
    religious, christianity, islam, judaism, hinduism, buddhism, taoism, sikhism, bible, quran, karma,
    reincarnation, nirvana, soul, afterlife, sin, faith, belief, atheism, agnostic, problem of evil, moral
    dilemma, right and wrong, good and evil, aesthetics, beauty, phenomenology, a priori, a posteriori,
    rationalism, empiricism, idealism, relativism, objectivity, truth, reason, wisdom, virtue theory, euthyphro,
    dialectic, hegel, marx philosophy, zeno, eudaimonia, moral scenario, morally wrong, permissible,
    act utilitarianism, rule utilitarianism, greatest happiness, hedonism, hedonistic calculus, preference
    utilitarianism, peter singer, effective altruism, moral obligation, duty, duties, kantian ethics, kingdom of ends,
    humanity formula, universalizability, maxim, good will, moral worth, virtue, vice, golden mean, practical wisdom,
    phronesis, nicomachean ethics, care ethics, feminist ethics, divine command theory, natural law, natural law theory,
    aquinas, augustine, medieval philosophy, scholasticism, anselm, ontological argument, cosmological argument,
    teleological argument, argument from design, fine-tuning argument, kalam, first cause, unmoved mover, five ways,
    pascal's wager, problem of evil, theodicy, free will defense, religious experience, miracles hume, faith and reason,
    leap of faith, existence precedes essence, bad faith, authenticity, anguish, the absurd, myth of sisyphus, camus,
    beauvoir, the second sex, nihilism nietzsche, will to power, eternal recurrence, god is dead, übermensch, master
    morality, slave morality, genealogy of morals, schopenhauer, hegel dialectic, thesis antithesis synthesis, marx
    historical materialism, alienation philosophy, critical theory, frankfurt school, foucault, derrida,
    postmodernism, structuralism, deconstruction, analytic philosophy, continental philosophy, logical positivism,
    verification principle, vienna circle, russell, frege, quine, popper, falsifiability, kuhn, paradigm shift, philosophy
    of science, scientific realism, induction problem, hume's fork, is-ought, naturalistic fallacy, moore, metaethics,
    moral realism, anti-realism, expressivism, emotivism, error theory, cultural relativism, moral relativism, moral
    absolutism, moral luck, moral responsibility, blame, double effect, doctrine of double effect, doing and allowing,
    killing versus letting die, trolley, fat man, footbridge, experience machine, nozick, libertarianism political,
    anarchy state and utopia, justice as fairness, original position, difference principle, liberalism, communitarianism,
    negative liberty, positive liberty, isaiah berlin, harm principle, on liberty, social contract theory, state of
    nature, leviathan, locke's natural rights, rousseau general will, machiavelli, the prince, plato's republic,
    philosopher king, forms, theory of forms, allegory of the cave, cave, socratic method, apology, euthyphro dilemma,
    meno, phaedo, aristotle's metaphysics, four causes, substance, essence, accident, teleology, epicurus, stoics,
    marcus aurelius, epictetus, seneca, cynics, diogenes, skeptics, pyrrho, presocratics, heraclitus, parmenides, zeno's
    paradoxes, pythagoras philosophy, atomism democritus, eastern philosophy, confucianism, analects, filial piety, ren,
    li, mencius, daoism, tao te ching, wu wei, yin and yang, zhuangzi, buddhist philosophy, four noble truths, eightfold
    path, dukkha, anatta, no-self, impermanence, dependent origination, zen, hindu philosophy, vedanta, upanishads,
    bhagavad gita, dharma, moksha, atman, brahman, samsara, jainism, ahimsa, world religions, christianity beliefs,
    trinity, resurrection, salvation, grace, catholicism, protestantism, orthodox church, judaism beliefs, torah, talmud,
    messiah, covenant, islam beliefs, five pillars, prophet muhammad, ramadan, hajj, sunni, shia, sufism, sikhism
    beliefs, guru nanak, religion and ethics, meaning of existence, purpose of life, mortality philosophy, death
    philosophy, epistemology questions, knowledge how, knowledge that, justification, foundationalism, coherentism,
    reliabilism, gettier case, skeptical scenario, brain in a vat, evil demon, cartesian doubt, cogito, rationalist,
    empiricist, tabula rasa, innate ideas, berkeley idealism, esse est percipi, tree falls in forest, perception
    philosophy, sense data, primary qualities, secondary qualities, philosophy of mind, consciousness hard problem,
    chalmers, philosophical zombie, zombie argument, mary's room, knowledge argument, what is it like to be a bat,
    functionalism, behaviorism philosophy, identity theory, physicalism, property dualism, substance dualism,
    epiphenomenalism, panpsychism, personal identity theory, ship of theseus, teleporter thought experiment, psychological
    continuity, locke memory theory, bundle theory, free will debate, hard determinism, libertarian free will, frankfurt
    cases, moral agency, philosophy of language, meaning, reference, sense and reference, speech acts, language games,
    private language, tractatus, philosophical investigations, aesthetics philosophy, beauty objective, art philosophy,
    sublime, logic puzzles, formal logic, symbolic logic, propositional calculus, predicate calculus, quantifiers logic,
    universal quantifier, existential quantifier, logical connectives, conditional, biconditional, contrapositive,
    converse, inverse statement, modus tollens, disjunctive syllogism, hypothetical syllogism, affirming the consequent,
    denying the antecedent, validity versus soundness, counterexample, logical equivalence, tautology, contradiction
    logic, informal fallacy, formal fallacy, appeal to authority, appeal to emotion, appeal to ignorance, bandwagon,
    red herring, tu quoque, circular reasoning, hasty generalization, post hoc, equivocation, composition fallacy,
    division fallacy, no true scotsman, genetic fallacy, loaded question, occam's razor, principle of charity, liar
    paradox, sorites paradox, newcomb's problem, simulation argument, chinese room, searle, turing test philosophy, ai
    consciousness, machine ethics, bioethics, euthanasia ethics, abortion ethics, animal rights, animal ethics, eating
    meat ethics, vegetarianism ethics, environmental ethics, ethics of lying, honesty, promise keeping, moral dilemma
    examples, ethical theory, normative ethics, applied ethics, philosophy question, philosophy class, philosophical
    question, morally permissible, morally required, morally wrong according to ordinary standards,
    best translation into predicate logic, best symbolization, symbolize the sentence, well-formed formula,
    indirect truth table, logically equivalent, contradictory statements, consistent set of propositions, valid argument form,
    ⊃, ≡, ∨, ·, ~, formal logic, propositional logic formula
  `),
};
