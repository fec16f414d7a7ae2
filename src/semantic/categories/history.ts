import type { CategoryConfig } from '../category-config.js';
import { terms } from './terms.js';

export const history: CategoryConfig = {
  name: 'history',
  description:
    'History: ancient civilizations, medieval and early modern periods, empires, wars and revolutions, ' +
    'colonialism, world wars, the Cold War, historical figures, events and their causes and consequences.',
  examples: [
    'What were the main causes of World War I?',
    'Why did the Roman Empire fall?',
    'Who was Genghis Khan and how did the Mongol Empire grow so fast?',
    'What was the significance of the Magna Carta?',
    'Explain the causes of the French Revolution.',
    'How did the Cold War end?',
    'What was life like for peasants in medieval Europe?',
    'Summarize the American Civil War in a few paragraphs.',
    'What was the Silk Road and why was it important?',
    'How did the Black Death change European society?',
    'Who built the pyramids of Giza and when?',
    'What led to the collapse of the Soviet Union in 1991?',
    'What was the Renaissance and where did it begin?',
    'Why did the United States drop atomic bombs on Japan in 1945?',
    'What was the Meiji Restoration?',
    'How did the Industrial Revolution change daily life in Britain?',
    'What were the Crusades and what did they achieve?',
    'Who was Napoleon Bonaparte and why was he defeated at Waterloo?',
    'What was the Ottoman Empire and when did it end?',
    'Describe the civil rights movement in the United States in the 1960s.',
    'What caused the Great Depression of the 1930s? I want the historical narrative.',
    'What was apartheid in South Africa and how did it end?',
    'How did the Aztec Empire fall to the Spanish conquistadors?',
    'What was the significance of the Treaty of Versailles?',
    'What happened during the Cuban Missile Crisis?',
    'How did ancient Athens practice democracy?',
    'What was the Protestant Reformation and who was Martin Luther?',
    'Why did the Berlin Wall go up and come down?',
    'What was the partition of India in 1947?',
    'Who were the Vikings and where did they travel?',
    'What was the Boston Tea Party?',
    'How did the transatlantic slave trade work and when was it abolished?',
    'What was the Han dynasty known for?',
    'Describe the D-Day landings in Normandy.',
    'What role did women play on the home front in World War II?',
    'What was the Scramble for Africa?',
    'How did the printing press change European history?',
    'What was the Holocaust and how did it happen?',
    'Who was Cleopatra and what happened to Ptolemaic Egypt?',
    'What was the Glorious Revolution of 1688?',
    'How did the Vietnam War start?',
    'What was the Marshall Plan?',
    'What were the achievements of the Inca civilization?',
    'Explain the origins of the Hundred Years War.',
    'This passage is from a speech given in 1863. Which war was the speaker referring to?',
    'What were the consequences of the Columbian Exchange?',
    'How did the Chinese Cultural Revolution affect the country?',
    'What was the role of the Hanseatic League in medieval trade?',
    'Why is the year 1066 important in English history?',
    'What did the Neolithic Revolution change for early humans?',
  ],
  keywords: terms(`
    history, historical, historian, historians, ancient, antiquity, medieval, middle ages, renaissance,
    reformation, enlightenment, early modern, century, centuries, era, dynasty, empire, emperor, king, queen,
    monarchy, pharaoh, roman empire, rome, ancient greece, athens, sparta, byzantine, ottoman, mongol, persian,
    egypt, mesopotamia, han dynasty, ming dynasty, qing, aztec, maya, inca, viking, feudalism, feudal, peasant,
    serf, knight, crusade, crusades, black death, plague, magna carta, colonial, colonialism, colony, colonies,
    imperialism, conquest, conquistador, explorer, columbus, revolution, revolutionary, french revolution,
    american revolution, industrial revolution, russian revolution, civil war, war, wars, battle, world war,
    world war i, world war ii, wwi, wwii, nazi, hitler, holocaust, allies, axis, treaty, treaty of versailles,
    cold war, soviet union, ussr, berlin wall, cuban missile crisis, vietnam war, korean war, independence,
    declaration of independence, founding fathers, abolition, slavery, slave trade, civil rights movement,
    suffrage, apartheid, partition, decolonization, napoleon, caesar, alexander the great, charlemagne,
    genghis khan, lincoln, churchill, stalin, mao, gandhi, martin luther, meiji, shogun, samurai, silk road,
    trade routes, archaeology, artifact, neolithic, bronze age, iron age, prehistoric, prehistory, pyramids,
    civilization, civilizations, historical event, 19th century, 18th century, 17th century, 20th century,
    1800s, 1900s, great depression, new deal, marshall plan, league of nations, united nations founding,
    reconstruction, manifest destiny, gold rush, primary source, passage, speech given, historically, ruler,
    reign, kingdom, monarch, parliament history, annexation, invasion, armistice, resistance, uprising,
    fall of constantinople, byzantium, eastern roman empire, western roman empire, barbarian invasions, visigoths, huns,
    attila, roman republic, senate of rome, julius caesar, augustus, octavian, punic wars, carthage, hannibal, gladiator,
    pompeii, ancient egypt, pharaohs, tutankhamun, ramses, hieroglyphics, rosetta stone, nile civilization, sumer,
    sumerians, babylon, hammurabi, assyria, hittites, phoenicians, ancient israel history, persian empire, cyrus the
    great, darius, xerxes, greco-persian wars, marathon, thermopylae, peloponnesian war, athenian democracy, pericles,
    hellenistic, ptolemaic, cleopatra, seleucid, maurya, ashoka, gupta empire, mughal empire, akbar, taj mahal history,
    british raj, east india company, sepoy mutiny, indian independence, nehru, partition of india, qin dynasty, shi
    huangdi, great wall history, tang dynasty, song dynasty, yuan dynasty, kublai khan, ming, forbidden city history,
    qing dynasty, opium war, taiping rebellion, boxer rebellion, sun yat-sen, chinese civil war, chiang kai-shek,
    cultural revolution, great leap forward, tiananmen, japanese history, tokugawa, edo period, meiji era, russo-japanese
    war, pearl harbor, hiroshima, nagasaki, korean history, joseon, african history, mali empire, mansa musa, songhai,
    timbuktu, great zimbabwe, kingdom of kongo, zulu, scramble for africa, berlin conference, colonial africa,
    independence movements, mandela, apartheid era, mesoamerica, olmec, maya civilization, aztecs, tenochtitlan,
    montezuma, cortes, pizarro, inca empire, machu picchu history, spanish colonization, new spain, viceroyalty, simon
    bolivar, latin american independence, haitian revolution, toussaint louverture, mexican revolution, medieval period,
    dark ages, carolingian, holy roman empire, feudal system, manorialism, vassals, lords, castles, chivalry, knights
    templar, first crusade, saladin, reconquista, spanish inquisition, inquisition, papacy medieval, investiture
    controversy, great schism, black plague, hundred years war, joan of arc, wars of the roses, tudors, henry viii, anne
    boleyn, elizabeth i, spanish armada, stuart, english civil war, oliver cromwell, glorious revolution, bill of rights
    1689, age of exploration, vasco da gama, magellan, columbian exchange, mercantilism history, atlantic slave trade,
    middle passage, triangular trade, abolitionists, william wilberforce, renaissance italy, medici, florence history,
    leonardo da vinci history, michelangelo history, printing press gutenberg, protestant reformation, martin luther 95
    theses, calvin, counter-reformation, council of trent, thirty years war, peace of westphalia, scientific revolution,
    age of enlightenment, absolutism, louis xiv, versailles palace history, peter the great, catherine the great,
    french revolution causes, storming of the bastille, reign of terror, robespierre, napoleonic wars, napoleonic code,
    battle of waterloo, congress of vienna, concert of europe, revolutions of 1848, unification of germany, bismarck,
    unification of italy, garibaldi, industrial revolution britain, factory system, child labor history, luddites,
    steam engine history, railroads history, victorian era, queen victoria, british empire, colonial empire, imperialism
    in asia, american history, thirteen colonies, jamestown, plymouth, pilgrims, colonial america, french and indian war,
    boston tea party, revolutionary war, george washington, thomas jefferson, constitutional convention, federalist
    papers, louisiana purchase, lewis and clark, war of 1812, andrew jackson, trail of tears, indian removal act,
    westward expansion, manifest destiny, mexican-american war, california gold rush, antebellum, slavery in america,
    underground railroad, harriet tubman, frederick douglass, civil war battles, gettysburg, gettysburg address,
    confederacy, union army, ulysses grant, robert e lee, emancipation proclamation, reconstruction era, jim crow,
    gilded age, robber barons, progressive era, women's suffrage, suffragettes, 19th amendment history, world war one,
    archduke franz ferdinand, trench warfare, western front, somme, verdun, gallipoli, zimmermann telegram, lusitania,
    armistice 1918, spanish flu 1918, roaring twenties, prohibition era, great depression history, dust bowl, fdr, new
    deal programs, rise of fascism, mussolini, weimar republic, nazi germany, third reich, appeasement, munich agreement,
    invasion of poland, blitzkrieg, battle of britain, operation barbarossa, stalingrad, d-day, normandy landings,
    battle of the bulge, holocaust history, concentration camps, nuremberg trials, pacific war, midway, iwo jima,
    manhattan project history, yalta, potsdam, iron curtain, truman doctrine, berlin airlift, nato founding, warsaw pact,
    korean war history, mccarthyism, red scare, space race, sputnik, bay of pigs, cuban missile crisis 1962, jfk
    assassination, vietnam war history, tet offensive, civil rights era, martin luther king jr, rosa parks, montgomery bus
    boycott, march on washington, watergate, nixon, detente, afghan war soviet, reagan era, fall of the berlin wall,
    collapse of the soviet union, gorbachev, perestroika, glasnost, end of the cold war, yugoslav wars, rwandan genocide,
    decolonization asia, suez crisis, arab-israeli conflict history, six-day war, iranian revolution 1979, gulf war
    history, european union history, prehistoric humans, stone age, paleolithic, agricultural revolution, neolithic
    revolution, early civilizations, ancient history, medieval history, modern history, world history, us history,
    european history, ap history, historiography, primary sources, historical significance, causes and effects, what
    happened in, who was, when did, in the year, during the war, timeline of, empire's decline, revolution led by,
    treaty signed, historical figure, monument history, famous battle, dynasty ruled, colonizers, ancient rome, medieval
    europe, irish potato famine, great famine, emigration history, immigration waves history, ellis island,
    this question refers to the following information, the passage above, the excerpt above, based on the passage,
    the author of the passage, the speech above, the document above, the following excerpt, historical context of the passage,
    the context in which the passage was written, historians would most likely
  `),
};
