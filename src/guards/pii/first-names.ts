// Common given names (English-speaking countries plus frequent European, Latin American, South
// and East Asian names). A capitalised word from this list followed by another capitalised word is
// taken as a person's name; the list is what keeps "Main Street" or "Machine Learning" out.

export const FIRST_NAMES: ReadonlySet<string> = new Set(
  `James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony Mark
  Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan Jacob Gary
  Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander Frank Patrick Raymond
  Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry Douglas Zachary Peter Kyle Ethan Walter Noah Jeremy Christian
  Keith Roger Terry Gerald Harold Sean Austin Carl Arthur Lawrence Dylan Jesse Bryan Billy Joe Bruce Gabriel
  Logan Albert Willie Alan Juan Wayne Elijah Randy Roy Vincent Ralph Eugene Russell Bobby Mason Philip Louis Liam
  Oliver Lucas Owen Luke Leo Oscar Harry Charlie Alfie Freddie Archie Theo Finn Hugo Felix Mary Patricia
  Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Margaret Sandra Ashley Kimberly Emily
  Donna Michelle Carol Amanda Dorothy Melissa Deborah Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy Angela
  Shirley Anna Brenda Pamela Emma Nicole Helen Samantha Katherine Christine Debra Rachel Carolyn Janet Catherine
  Maria Heather Diane Ruth Julie Olivia Joyce Kelly Lauren Christina Joan Evelyn Judith Megan
  Andrea Cheryl Hannah Jacqueline Martha Gloria Teresa Ann Sara Madison Frances Kathryn Janice Jean Abigail Alice
  Judy Sophia Grace Denise Amber Doris Marilyn Danielle Beverly Isabella Theresa Diana Natalie Brittany Charlotte
  Marie Kayla Alexis Lori Ava Mia Amelia Harper Ella Chloe Lily Zoe Nora Ellie Freya Isla Poppy Sophie Lucy
  Jane Kate Claire Eva Clara Alicia Lucia Sofia Valentina Camila Isabel Carmen Elena Ana Paula Laura Marta
  Carlos Luis Miguel Javier Diego Pedro Pablo Alejandro Fernando Jorge Ricardo Manuel Antonio Francisco Rafael
  Sergio Marco Matteo Giuseppe Giovanni Luca Francesco Alessandro Andrea Pierre Jean Louis Nicolas Antoine Julien
  Camille Chloé Léa Manon Hans Klaus Jürgen Stefan Wolfgang Andreas Thomas Markus Lukas Jonas Leon Anna Lena Katrin
  Sven Lars Erik Nils Olaf Ingrid Astrid Sigrid Piotr Tomasz Krzysztof Agnieszka Katarzyna Ivan Dmitri Sergei
  Vladimir Alexei Olga Natasha Tatiana Irina Ahmed Mohammed Muhammad Ali Omar Hassan Hussein Yusuf Fatima Aisha
  Layla Zainab Priya Raj Rahul Amit Arjun Vikram Sanjay Anil Sunil Deepak Ravi Anjali Pooja Neha Sneha Kavya
  Aarav Wei Hiroshi Takeshi Kenji Yuki Sakura Haruto Hyun Joon Kwame Kofi
  Chidi Ngozi Oluwaseun Emeka Thabo Sipho`
    .split(/\s+/)
    .filter((n) => n.length > 0),
);
