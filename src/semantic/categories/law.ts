import type { CategoryConfig } from '../category-config.js';
import { terms } from './terms.js';

export const law: CategoryConfig = {
  name: 'law',
  description:
    'Law: contracts, torts, criminal law and procedure, constitutional law, property and landlord-tenant, ' +
    'employment law, intellectual property, courts and litigation, evidence, international law and legal rights.',
  examples: [
    'Can my landlord keep my security deposit for normal wear and tear?',
    'What is the difference between a misdemeanor and a felony?',
    'Is a verbal agreement legally binding?',
    'What are the elements needed to prove negligence?',
    'How does the Fourth Amendment protect against unreasonable searches?',
    'Can my employer fire me for posting about work on social media?',
    'What is the difference between a will and a living trust?',
    'A buyer and seller sign a contract for land, but the seller refuses to close. What remedies does the buyer have?',
    'What is hearsay and what are the main exceptions?',
    'How do I trademark my business name?',
    'What does "beyond a reasonable doubt" mean?',
    'Is it legal to record a phone call without the other person knowing?',
    'What is consideration in contract law?',
    'How does copyright fair use work for YouTube videos?',
    'What rights do I have if I am arrested?',
    'Explain the doctrine of adverse possession.',
    'Can I sue my neighbor if their tree falls on my house?',
    'What is the difference between civil and criminal cases?',
    'What does a non-compete clause mean and is it enforceable?',
    'How does the appeals process work in federal court?',
    'What is strict liability in tort law?',
    'What is the statute of limitations for breach of contract?',
    'Explain judicial review and Marbury v. Madison.',
    'Do I need a lawyer to file for divorce?',
    'What is the difference between murder and manslaughter?',
    'Under the GDPR, what rights do users have over their personal data?',
    'What is the parol evidence rule?',
    'Can a police officer search my car without a warrant?',
    'What happens if someone dies without a will?',
    'What is double jeopardy?',
    'Is my employer required to pay overtime for salaried workers?',
    'What is a tort? Give examples of intentional torts.',
    'How does a patent differ from a trade secret?',
    'A man promises his nephew $5,000 if he quits smoking; the nephew quits but the uncle refuses to pay. Is the promise enforceable?',
    'What is the role of a jury in a civil trial?',
    'Explain the commerce clause and its limits.',
    'What is self-defense as a legal defense to battery?',
    'What rights do tenants have if the heating breaks in winter?',
    'What is defamation and what must a public figure prove?',
    'How does international law treat the use of force between states?',
    'What is the Miranda warning and when is it required?',
    'Can I break my lease early without penalty?',
    'What is the difference between a lawsuit settlement and a judgment?',
    'What are the requirements for a valid contract?',
    'What is an easement and how is one created?',
    'Is it legal for a website to scrape public data?',
    'What is the exclusionary rule?',
    'How do class action lawsuits work?',
    'What is the difference between joint tenancy and tenancy in common?',
    'Can a minor enter into a binding contract?',
  ],
  keywords: terms(`
    law, laws, legal, illegal, lawful, lawyer, attorney, counsel, court, courts, judge, jury, trial, lawsuit,
    sue, suing, plaintiff, defendant, litigation, appeal, appellate, supreme court, statute, statutory,
    regulation, ordinance, constitution, constitutional, amendment, first amendment, fourth amendment, due
    process, equal protection, commerce clause, judicial review, precedent, case law, common law, contract,
    contracts, breach of contract, consideration, offer and acceptance, damages, remedy, specific performance,
    promissory estoppel, parol evidence, statute of frauds, tort, torts, negligence, duty of care, liability,
    strict liability, defamation, libel, slander, battery, assault, trespass, nuisance, criminal law, crime,
    felony, misdemeanor, murder, manslaughter, homicide, theft, burglary, robbery, fraud, prosecution,
    prosecutor, indictment, arrest, warrant, search and seizure, miranda, self-incrimination, double jeopardy,
    plea, guilty, acquittal, sentence, sentencing, parole, probation, bail, evidence, hearsay, testimony,
    witness, cross-examination, exclusionary rule, property law, real property, deed, title, easement, adverse
    possession, landlord, tenant, lease, eviction, security deposit, zoning, mortgage foreclosure, wills,
    will, trust, estate, probate, inheritance law, executor, family law, divorce, custody, alimony, prenup,
    employment law, wrongful termination, discrimination, harassment, overtime, non-compete, intellectual
    property, copyright, trademark, patent, trade secret, fair use, licensing, infringement, gdpr, privacy
    law, data protection, international law, treaty, sovereignty, jurisdiction, human rights law, legal
    rights, legally binding, enforceable, clause, notarize, affidavit, subpoena, settlement, class action,
    injunction, statute of limitations, mens rea, actus reus, jurisprudence, legislature, legislation,
    plead the fifth, fifth amendment, sixth amendment, right to counsel, public defender, right to remain silent,
    arraignment, preliminary hearing, grand jury, bail hearing, plea bargain, plea deal, guilty plea, no contest, jury
    selection, voir dire, verdict, hung jury, mistrial, conviction, overturned, appeal a conviction, habeas corpus,
    criminal record, expungement, expunge, background check law, felony conviction, sentencing guidelines, mandatory
    minimum, parole board, probation violation, restitution, criminal charges, charged with, accused, suspect rights,
    police stop, traffic stop, dui, dwi, speeding ticket, parking ticket, contest a ticket, traffic court, small claims
    court, small claims, civil lawsuit, file a lawsuit, complaint filing, summons, served with papers, answer complaint,
    discovery, deposition, interrogatories, motion to dismiss, summary judgment, default judgment, judgment creditor,
    garnishment, lien, collections law, statute of limitations debt, bankruptcy law, chapter 7, chapter 13, creditor
    rights, debtor, legal advice, consult an attorney, retainer agreement, legal fees, contingency fee, pro bono, legal aid,
    paralegal, bar exam, law school, lsat, moot court, legal research, legal brief, legal memo, citation, holding,
    ratio decidendi, dicta, stare decisis, binding precedent, persuasive authority, jurisdiction issues, venue, standing,
    ripeness, mootness, federal court, state court, district court, circuit court, supreme court ruling, landmark case,
    roe v. wade, brown v. board, miranda v. arizona, marbury v. madison, gideon, constitutional rights, bill of rights,
    freedom of speech, free speech, public forum, time place and manner, prior restraint, establishment clause, free
    exercise, second amendment, right to bear arms, search warrant, probable cause, reasonable suspicion, stop and
    frisk, exigent circumstances, plain view, fruit of the poisonous tree, suppression, self-incrimination privilege,
    confession, interrogation, entrapment defense, insanity defense, duress, necessity defense, self-defense law, stand
    your ground, castle doctrine, justification, excuse, intent, recklessness, criminal negligence, attempt, conspiracy,
    accomplice, accessory, solicitation, larceny, embezzlement, false pretenses, receiving stolen property, arson,
    kidnapping, false imprisonment, shoplifting, shopkeeper's privilege, assault and battery, domestic violence law,
    restraining order, protective order, harassment law, stalking law, defamation lawsuit, libel case, slander case,
    public figure, actual malice, invasion of privacy, intentional infliction of emotional distress, negligence claim,
    breach of duty, causation, proximate cause, but-for cause, comparative negligence, contributory negligence,
    assumption of risk, res ipsa loquitur, premises liability, slip and fall, product liability, defective product,
    medical malpractice, professional liability, vicarious liability, respondeat superior, independent contractor law,
    employer liability, workers' compensation, personal injury claim, damages award, punitive damages, compensatory
    damages, nominal damages, liquidated damages, mitigation of damages, contract formation, offer, acceptance, mailbox
    rule, counteroffer, mirror image rule, ucc, uniform commercial code, sale of goods, implied warranty, warranty of
    merchantability, express warranty, breach of warranty, void contract, voidable contract, unenforceable, capacity to
    contract, minors contract, duress contract, undue influence, misrepresentation, unconscionability, illegality, mistake
    in contract, frustration of purpose, impossibility, force majeure, anticipatory repudiation, material breach,
    rescission, reformation, quasi-contract, unjust enrichment, third-party beneficiary, assignment of rights, delegation
    of duties, terms and conditions, terms of service legal, liability waiver, indemnification, nda, non-disclosure
    agreement, confidentiality agreement, non-solicitation, employment contract, at-will employment, wrongful
    termination claim, retaliation, whistleblower protection, discrimination claim, title vii, ada compliance, eeoc, fmla,
    minimum wage law, overtime pay law, flsa, exempt employee, labor law, union rights, workplace privacy, employee
    monitoring, property rights, fee simple, life estate, joint tenancy, tenancy in common, community property, marital
    property, deed transfer, quitclaim deed, title insurance, easement by necessity, eminent domain, just compensation,
    takings clause, zoning law, variance, hoa rules, homeowners association, boundary dispute, neighbor dispute, fence
    law, tree law, nuisance claim, landlord-tenant law, tenant rights, renters rights, lease agreement, breaking a lease,
    sublease, eviction notice, eviction process, habitability, warranty of habitability, repairs landlord, deposit
    return, rent increase law, estate planning, last will and testament, handwritten will, holographic will, codicil,
    intestate, intestacy, heirs, beneficiary, contest a will, probate court, trustee duties, revocable trust, power of
    attorney, healthcare proxy, guardianship, conservatorship, family court, child custody, child support, visitation
    rights, divorce proceedings, uncontested divorce, separation agreement, prenuptial agreement, adoption law, paternity,
    name change legal, immigration law, visa, green card, asylum, deportation, citizenship law, naturalization,
    intellectual property law, copyright infringement, dmca, public domain, copyright term, creative commons, trademark
    registration, trademark infringement, patent application, patent infringement, prior art, licensing agreement,
    royalties law, fair use doctrine, parody, music licensing, using copyrighted music, data privacy law, ccpa, gdpr
    rights, consent law, recording laws, one-party consent, two-party consent, wiretapping, computer fraud law, cyber
    law, internet law, web scraping legality, terms violation, consumer protection law, lemon law, false advertising law,
    class action settlement, securities law, insider trading law, sec enforcement, corporate law, fiduciary duty,
    business judgment rule, piercing the corporate veil, antitrust law, sherman act, contract law question, criminal
    procedure, civil procedure, evidence rules, federal rules of evidence, relevance, character evidence, impeachment of
    witness, privilege, attorney-client privilege, work product, expert witness, chain of custody, burden of proof,
    preponderance of the evidence, clear and convincing, beyond reasonable doubt, international law, un charter, use of
    force law, self-defense article 51, genocide convention, international court of justice, icj, war crimes,
    international criminal court, extradition, diplomatic immunity, law of the sea, human rights convention, refugee
    law, treaty obligations, customary international law, constitutional law question, separation of powers, federalism,
    supremacy clause, tenth amendment, spending clause, executive order legality, administrative law, agency rulemaking,
    legal drinking age law, legal age, is it legal, legally, liable, liability for, sue someone, lawful, unlawful, rights
    of, allowed by law, against the law, legal requirement,
    international court of justice, icj, advisory opinion, state responsibility, customary international law, jus cogens,
    erga omnes, treaty reservations, vienna convention on the law of treaties, sovereign immunity, recognition of states,
    the defendant's best defense, the plaintiff will most likely, the court should rule, is the statute constitutional,
    which of the following is the strongest argument, most likely to prevail
  `),
};
