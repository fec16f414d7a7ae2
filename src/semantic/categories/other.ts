import type { CategoryConfig } from '../category-config.js';
import { terms } from './terms.js';

// MMLU-Pro's "other" gathers what no subject claims: global facts, geography, politics and
// government, culture, sports, food, travel, everyday life and general chat.
export const other: CategoryConfig = {
  name: 'other',
  description:
    'General knowledge and everyday topics: geography, travel, food and cooking, sports, movies, music, books, ' +
    'art, culture, politics and government, current affairs, hobbies, home, pets, relationships, trivia, writing.',
  examples: [
    'What is the capital of Australia?',
    'Can you recommend a good fantasy novel for a long flight?',
    'How do I make fluffy pancakes from scratch?',
    'What are some fun things to do in Lisbon for three days?',
    'Who won the FIFA World Cup in 2018?',
    'Write a short poem about autumn leaves.',
    'How do I get red wine out of a carpet?',
    'What is the tallest mountain in South America?',
    'Suggest a name for my new golden retriever puppy.',
    'How many players are on a basketball team on the court?',
    'What are the best movies of the 1990s?',
    'How do I plant tomatoes on a balcony?',
    'Plan a birthday party for a seven-year-old.',
    'What percentage of the world\'s population lives in Asia?',
    'How does the electoral college work in US presidential elections?',
    'What is the difference between the House of Representatives and the Senate?',
    'Translate "good morning, how are you" into Spanish.',
    'Give me a packing list for a week of camping.',
    'What is the most spoken language in the world?',
    'How do I fold a fitted sheet?',
    'Recommend some podcasts about true crime.',
    'Help me write a toast for my sister\'s wedding.',
    'What is the difference between a latte and a cappuccino?',
    'Which country has the largest population in Africa?',
    'How should I train my cat to stop scratching the sofa?',
    'What are the rules of chess for castling?',
    'Who painted the Mona Lisa?',
    'What time zone is Tokyo in?',
    'Give me a recipe for vegetarian lasagna.',
    'What is a good gift for a coworker who is retiring?',
    'How does a parliamentary system differ from a presidential one?',
    'What are some tips for taking better photos with my phone?',
    'Tell me a joke about penguins.',
    'How do I start learning to play the guitar?',
    'Which band sang "Bohemian Rhapsody"?',
    'What is the population of Canada?',
    'How do I write a cover letter for a barista job?',
    'What should I see at the Louvre if I only have two hours?',
    'What is the role of the United Nations Security Council?',
    'How often should I water a snake plant?',
    'Summarize the plot of Pride and Prejudice.',
    'What are good icebreaker questions for a team dinner?',
    'Which ocean is the largest?',
    'Hi! How are you doing today?',
    'What does NATO stand for and which countries are members?',
    'How do I remove a stripped screw?',
    'What are the Olympic sports added in recent years?',
    'As of 2020, about what percentage of people worldwide have access to electricity?',
    'Write a product description for a handmade candle.',
    'How do I make my houseplants grow faster?',
  ],
  keywords: terms(`
    capital city, country, countries, city, cities, continent, geography, map, river, mountain, ocean, island,
    population, world population, flag, travel, trip, vacation, holiday, itinerary, hotel, flight, airport,
    tourist, visit, sightseeing, museum, food, recipe, recipes, cooking, cook, bake, baking, dinner, lunch,
    breakfast, restaurant recommendation, dessert, coffee, tea, wine, cocktail, vegetarian, sports, sport,
    football, soccer, basketball, baseball, tennis, golf, olympics, world cup, team, player, match, game,
    chess, video games, movie, movies, film, films, tv show, series, actor, actress, celebrity, music, song,
    songs, band, album, singer, concert, guitar, piano, book, books, novel, author, poem, poetry, story,
    fiction, art, painting, painter, artist, museum, culture, tradition, festival, holiday traditions,
    christmas, wedding, birthday, party, gift, gifts, fashion, clothes, style, hobby, hobbies, gardening,
    garden, plants care, houseplant, home, house, cleaning, laundry, diy, repair, furniture, pets, pet, dog,
    cat, puppy, kitten, relationship advice, dating, friends, family, parenting tips, kids activities,
    politics, political, government, election, elections, vote, voting, president, prime minister,
    parliament, congress, senate, political party, democracy, united nations, nato, european union, foreign
    policy, international relations, diplomacy, public policy, sociology, society, social issues, culture war,
    news, current events, journalism, media, language, translate, translation, spanish, french, grammar,
    writing help, essay, cover letter, resume, email writing, joke, riddle, trivia, fun fact, quiz, global
    facts, statistics about the world, percentage of people, as of 2020, survey of countries, weather,
    climate, time zone, calendar, shopping, product review, car buying, smartphone tips, photography,
    social media, greeting, hello, thanks, chat, advice, recommendation, suggest, ideas,
    longest river, largest country, smallest country, highest mountain, deepest lake, largest desert, capital of,
    currency of, official language, national anthem, landmarks, famous landmarks, eiffel tower, statue of liberty, great
    barrier reef, grand canyon, national park, hiking trails, camping gear, road trip, backpacking, travel tips, budget
    travel, packing tips, passport, visa travel, travel insurance, jet lag tips, things to do in, best places to visit,
    restaurants in, where to eat, local food, street food, cuisine, italian food, japanese food, mexican food, sushi,
    pizza, pasta, bread baking, sourdough, cake recipe, cookies, muffins, pie, soup recipe, salad, grilling, barbecue,
    bbq, slow cooker, instant pot, air fryer, meal prep, kitchen tips, knife skills, cast iron, cleaning tips, stain
    removal, laundry tips, organizing, decluttering, interior design, home decor, paint colors, furniture assembly, home
    improvement, plumbing fix, leaky faucet, clogged drain, lawn care, mowing, weeds, composting, vegetable garden,
    tomatoes, herbs growing, succulents, houseplants care, watering plants, pet care, dog training, puppy training,
    cat behavior, litter box, aquarium, fish tank, birds pets, hamster, pet food, veterinarian visit, dog breeds, cat
    breeds, sports news, nba, nfl, mlb, nhl, premier league, champions league, super bowl, world series, olympic games,
    olympic medals, athletes, famous athletes, messi, ronaldo, lebron, serena williams, formula 1, f1, racing, boxing,
    ufc, wrestling, cricket, rugby, cycling, tour de france, marathon race, skiing, snowboarding, surfing, swimming
    competition, fantasy football, sports team, fan, stadium, entertainment, movies to watch, film recommendations,
    director, oscars, academy awards, netflix shows, tv series, sitcom, documentary, anime, cartoon, marvel, star wars,
    harry potter, lord of the rings, game of thrones, video game, gaming, playstation, xbox, nintendo, minecraft,
    fortnite, board games, card games, puzzles, crossword, sudoku, trivia night, quiz questions, riddles, jokes, funny,
    memes, music recommendations, playlist, pop music, rock band, hip hop, rapper, jazz, classical music, beatles,
    taylor swift, concert tickets, musical instruments, learn guitar, piano lessons, singing, dance, ballet, theater,
    broadway, art museum, famous paintings, sculpture, photography tips, drawing, sketching, crafts, knitting, sewing,
    woodworking, diy projects, hobbies ideas, reading list, book recommendations, bestseller, novels, classic literature,
    shakespeare plays, poetry writing, poem about, short story, write a story, creative writing prompt, song lyrics,
    birthday message, greeting card, wedding speech, toast, eulogy, thank you note, invitation, party planning, baby
    shower, holiday ideas, christmas gifts, halloween costume, thanksgiving dinner, new year resolutions, gift ideas,
    gift for mom, date ideas, first date, dating advice, relationship tips, breakup, friendship advice, family
    gatherings, parenting advice, toddler tips, picky eater, kids crafts, school lunch ideas, homework help general,
    fashion advice, outfit ideas, what to wear, skincare routine, makeup tips, haircut styles, shopping deals, buying
    guide, best phone, laptop recommendations, car maintenance, oil change, flat tire, driving tips, commute, public
    transport, weather forecast, climate facts, seasons weather, time zones, daylight saving, calendar dates, holidays
    calendar, world facts, global facts, country populations, population statistics, percentage of population, as of
    2015, as of 2018, as of 2019, world bank data, literacy rate, life expectancy by country, internet usage worldwide,
    poll, survey results public opinion, public opinion, government structure, branches of government, constitution
    of a country, elections explained, voting process, electoral college, ballot, campaign, political parties, democrats,
    republicans, conservatives, liberals, labour party, parliament explained, prime minister role, president role,
    congress explained, senate filibuster, city council, mayor, local government, state government, public policy
    debate, foreign affairs, diplomacy news, united nations role, security council, nato members, european union members,
    g7, g20, world leaders, international relations theory, sociology questions, social norms, social class, gender roles,
    culture and society, demographics, urbanization, immigration debate, social media trends, news headlines, current
    affairs, journalism ethics, media bias, advertising slogans, marketing trivia, brand trivia, company trivia,
    famous people, celebrities, biography of, royal family, language learning, learn spanish, learn french, phrases in,
    translate to, how do you say, grammar question, spelling, synonym, antonym, word meaning, definition of, etymology,
    idioms, proverbs, writing tips, essay help, resume tips, cover letter help, job interview tips, career advice, job
    search, linkedin profile, productivity tips, time management tips, study tips, exam tips, college applications,
    scholarships, moving house, apartment hunting, roommate, chores, budget for groceries, saving money tips, couponing,
    chit chat, small talk, how are you, good morning, tell me about yourself, what can you do, conversation, fun facts,
    interesting facts, random facts, did you know, trivia questions, general knowledge, encyclopedia, list of, top 10,
    best of, ranking, compare, versus, which is better, opinion, recommend me, suggest me, help me choose,
    world's, worldwide, globally, percentage of the world's, how many of the world's, share of the world, countries in the world,
    top 10 hit, which of these songs, rock band, pop star, which of these movies, which cartoon, comic strip, tv character,
    famous brand, which company makes, mascot
  `),
};
