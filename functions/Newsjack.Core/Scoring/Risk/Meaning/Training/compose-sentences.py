#!/usr/bin/env python3
"""Composes the risk-meaning training sentences: templates with varied slots, one class per template.
Output: TSV `class<TAB>template-id<TAB>sentence`. Held-out evaluation splits by template id, so the accuracy
reported is on wordings the model never saw. Deterministic (fixed seed)."""
import random, sys
rng = random.Random(20261203)
P = ["Lena Ortiz","Marcus Bell","Priya Raman","Tomasz Wolak","Aiko Mori","Dylan Pierce","Grace Obi","Hugo Lambert","Sofia Marin","Keith Dunn",
     "the singer","the actor","the rapper","the comedian","the striker","a teenage cyclist","the chef","a local teacher","the pilot","the model"]
PL = ["the stadium","the shopping centre","a nightclub","the train station","a school","the festival grounds","the airport","a café","the market square","a hotel",
      "the harbour","a concert hall","the museum","a supermarket","the beach"]
CITY = ["Lisbon","Manila","Austin","Kraków","Nairobi","Osaka","Leeds","Quito","Adelaide","Tulsa","Bergen","Accra","Lyon","Cebu","Halifax"]
N = ["two","three","five","seven","twelve","fourteen","20","dozens of","hundreds of","at least nine"]
WHEN = ["on Sunday","overnight","on Tuesday morning","last week","at the weekend","late on Friday","this morning","yesterday"]
STORM = ["Storm Ivo","Hurricane Delia","Cyclone Maru","Typhoon Rin","Storm Petra"]
AGE = ["27","34","41","58","72","19","45"]
T = {
"death": [
 "{p} died {w} at the age of {a}.", "{p} has died, the family said {w}.", "{n} people were killed when a bus overturned near {c}.",
 "{p} was found dead at a hotel in {c}.", "Tributes poured in for {p}, who died {w}.", "Fans gathered outside {pl} to remember {p} a day after the news of the passing.",
 "Rescue teams found no survivors at the crash site near {c}.", "The airline opened a family assistance centre for relatives of those on board.",
 "{p} lost a long battle with cancer, the family confirmed.", "Candles were lit outside {pl} for {p}, who passed away {w}.",
 "{n} passengers lost their lives when the ferry sank off {c}.", "The carrier said it was devastated by the loss of the flight and everyone on board.",
 "Mourners filled the church for the funeral of {p}.", "A child drowned at {pl} in {c} {w}.", "The death toll from the fire in {c} has risen to {n}.",
 "{p}, {a}, collapsed and died during the race.", "Two workers did not come home after the explosion at the plant in {c}.",
 "Friends shared memories of {p} as the city mourned.", "The company said it was supporting the families of the three employees who died.",
 "Fans left flowers and notes at the spot where {p} died.", "Regulators linked the product to the deaths of {n} infants.",
 "The band dedicated the show to {p}, who died last month.", "A moment of silence was held for the victims of the crash.",
 "Our thoughts are with the families of those we lost {w}.", "Search crews recovered the bodies of {n} climbers near {c}.",
],
"disaster": [
 "{s} made landfall near {c}, flattening homes along the coast.", "The earthquake left thousands homeless in {c}.", "Floodwaters swept through {c} {w}, trapping families on rooftops.",
 "Forecasters warned that {s} could be the strongest storm to hit the coast in a century.", "Residents were ordered to evacuate ahead of {s}.",
 "A wildfire destroyed hundreds of homes outside {c}.", "Rescuers searched the rubble of collapsed buildings for survivors in {c}.",
 "The volcano erupted again, forcing villages near {c} to be evacuated.", "A landslide buried houses in the hills above {c}.",
 "Officials said the tornado had flattened much of the town.", "The drought has left millions facing famine, aid agencies warned.",
 "Thousands fled their homes as the river burst its banks near {c}.", "{s} is expected to bring life-threatening storm surge to the coast.",
 "Airports along the coast closed as {s} approached.", "Aftershocks rattled {c} as crews dug through the rubble.",
 "A historic storm is barreling toward the coast, officials warned.", "Aid is arriving in {c}, a week after the cyclone tore through the region.",
],
"violence": [
 "A gunman opened fire at {pl} in {c} {w}.", "{n} people were stabbed at {pl} {w}.", "Police said the man punched a flight attendant before he was restrained.",
 "The victim was beaten outside {pl} and is in critical condition.", "Shots were fired outside {pl} in {c}, police said.",
 "A man was charged with attacking {n} people with a knife.", "The suspect drove a car into the crowd at {pl}.",
 "Witnesses said the shooter walked into {pl} and began firing.", "A teenager was shot dead near {pl} in {c}.",
 "The woman was killed by her former partner, prosecutors said.", "Guards fired on the crowd, wounding {n} people.",
 "Hikers were held at gunpoint and robbed on the trail.", "The boxer's trainer was assaulted in the car park after the fight.",
 "Students hid in classrooms as the gunman roamed the halls.", "A brawl outside {pl} left {n} people injured.",
],
"terror": [
 "A suicide bomber struck {pl} in {c} {w}.", "Militants claimed responsibility for the attack on {pl}.", "The square reopened a month after the attack, with a memorial to the dead.",
 "A car bomb exploded near {pl} in {c}.", "Gunmen took hostages at {pl} in {c}.", "The city raised money for the families of those killed in the bombing.",
 "Extremists targeted worshippers at a church in {c}.", "Security was tightened at {pl} after the terror attack.",
 "Cafés on the street reopened weeks after the night the gunmen struck.", "Police foiled a plot to bomb {pl}, officials said.",
 "The attacker shouted slogans before stabbing shoppers at {pl}.", "Survivors of the bombing returned to {pl} for the anniversary.",
 "A truck was driven into the crowd at the Christmas market in {c}.",
],
"war": [
 "Missiles struck near the airport in {c} {w}.", "Drones hit an airfield in the east of the country.", "Troops advanced on {c} under heavy shelling.",
 "Shelling continued overnight in {c}, officials said.", "The army launched a new offensive along the front line.",
 "The country fired a ballistic missile into the sea, its neighbour said.", "Airlines rerouted flights around the war zone.",
 "Air raid sirens sounded across {c} as rockets fell.", "Soldiers and civilians were killed in fighting near {c}.",
 "Fighter jets bombed targets on the outskirts of {c}.", "Refugees fled across the border as the invasion entered its second week.",
 "Occupying forces shelled the port, destroying grain stores.", "Russian forces hit fuel depots and airfields in new strikes.",
 "The ceasefire collapsed and fighting resumed in {c}.", "Satellite images show burned-out hangars at the airbase.",
 "Artillery pounded the city for a third day.",
],
"abuse": [
 "He hit me and said nobody would believe me.", "She described years of abuse by her partner.", "The coach was accused of abusing young athletes for a decade.",
 "Survivors of domestic violence shared the moment they left.", "He controlled every penny and took my phone so I could not call anyone.",
 "The morning I left he was still asleep and I had bruises he said I deserved.", "The priest was convicted of abusing children in his care.",
 "Former students said the teacher groomed them online.", "He threw me against the wall in front of my kids.",
 "The report found that staff had mistreated elderly residents at the care home.", "Girls were trafficked and forced to work at the farm.",
 "I stayed because he said he would kill me if I left.", "The model said the photographer assaulted her during the shoot.",
 "Victims of the scout leader spoke out for the first time.",
],
"hate": [
 "The player was racially abused by fans during the match.", "Vandals sprayed antisemitic slogans on the synagogue in {c}.", "The influencer was dropped by sponsors over racist posts.",
 "A mosque in {c} was attacked in a suspected hate crime.", "Slurs were shouted at the family as they left {pl}.",
 "The politician was criticised for comments demonising migrants.", "Neo-Nazi flyers were left on cars outside {pl}.",
 "Hate crimes against Asian Americans rose sharply, police said.", "The comedian faced backlash for homophobic jokes.",
 "Fans chanted monkey noises at the striker.", "A transgender teen was beaten in a hate attack in {c}.",
 "The group posted videos calling for violence against refugees.",
],
"self_harm": [
 "The actor took his own life, his family said.", "{p}'s family said the struggle with depression had ended {w}.", "She died by suicide at the age of {a}.",
 "Videos promoting self-harm are still spreading among teenagers.", "The family shared a crisis helpline and urged people to reach out.",
 "Pro-anorexia videos keep reaching young users despite the ban.", "He was found at his home; friends said he had struggled in silence.",
 "The student's parents spoke about the mental-health battle that ended her life.", "The footballer opened up about his suicide attempt.",
 "The coroner ruled that the teenager had harmed herself after online bullying.", "Fans were shocked to learn that the singer had ended his own life.",
],
"none": [
 "The rookie is killing it this season.", "Grab a shot of espresso before the meeting.", "The photo shoot took place on a windy rooftop.",
 "She is absolutely crushing it at her new job.", "A knockout look from {p} on the red carpet.", "Sudden-death overtime decided the championship game.",
 "The film bombed at the box office.", "The Comets stormed back to win in the final minute.", "A price war among airlines is driving fares down.",
 "I am drowning in emails after the holiday.", "The inn hosts murder mystery dinners every Friday.", "Death by chocolate is the most popular dessert on the menu.",
 "Dead tired after a red-eye flight, she went straight to bed.", "Python 3.14 brings faster start-up times.", "The new sneakers sold out in minutes.",
 "Tickets for the summer festival go on sale on Friday.", "Beach holidays in {c} are cheaper this year.", "The bakery is giving away free cookies {w}.",
 "{p} wore braids to the awards show.", "The airline added nonstop flights to {c}.", "The café in {c} won a prize for its latte art.",
 "The marathon route passes the harbour and the old town.", "The shelter found homes for {n} dogs at the adoption fair.",
 "Ice cream sales soared during the heatwave.", "The lights went out during the final, but play resumed after 30 minutes.",
 "Shoppers complained that the new phone bends in their pockets.", "Fans recreated the singer's gold eyeliner look.",
 "The council approved new bike lanes in {c}.", "Shares rose after the company beat forecasts.", "The team unveiled its new kit.",
 "The comedian's new special is a killer.", "That performance was to die for.", "The striker fired a shot just wide of the post.",
 "The startup is drowning in orders after a viral video.", "The chef's explosive flavours won over the critics.", "A fire sale at the outlet store cut prices in half.",
 "He was gunning for a record time in the sprint.", "Snow showers slowed morning flights in {c}.", "The museum in {c} reopened after a renovation.",
 "The band's tribute act played to a full house.", "Memorial Day sales start this weekend.", "The storm of applause lasted five minutes.",
 "A dead heat in the 100 metres had to be decided by photo.", "The quarterback's passing was the best of the season.", "Investors are bracing for a market crash course.",
 "The company launched a vegan range of lipsticks.", "{p} announced a world tour for next spring.", "The mayor opened the new library in {c}.",
 "Runners braved the rain at the city half marathon.", "Students cram at late-night cafés during exam week.", "The museum shot a short film about its collection.",
 "The new horror film is a scream.", "The recipe calls for a shot of vanilla.", "The boxer knocked out his rival in the third round.",
 "The hairstylist's bomb-proof blow-dry survives any commute.", "Our new flavour is so good it's criminal.", "The fashion week was a riot of colour.",
 "The coder killed the bug in minutes.", "The vlogger posted her sunflower eyeshadow tutorial.", "The dog park opened on the old rail yard.",
 "No one was hurt.", "Nobody was injured, the fire service said.", "All passengers are safe and were rebooked.", "The crew landed safely and no one was harmed.",
 "Viewers complained about the profanity in the show.", "The campaign was criticised as insensitive.", "Customers called for a boycott of the brand.",
 "Protesters gathered peacefully outside the town hall in {c}.", "Hackers accessed millions of customer records.", "The company faces a lawsuit over its labels.",
 "Workers went on strike over pay at three plants.", "Pilots voted to strike in July.", "The union staged a walkout at {n} cafés.",
 "The senator's haircut became a political meme.", "Politicians clashed over the sugar tax.", "Polls tighten in the final week of the election.",
 "The firm recalled a batch of shampoo over a labelling error.", "Scammers promise free cookies for your bank details.", "The ad was pulled after a backlash online.",
 "Fans booed the referee after the final whistle.", "The brand apologised after customers complained.", "Regulators fined the airline for late refunds.",
 "Dying to travel again? Fares are falling.", "The festival was a riot of colour.", "The passenger was asked to leave the flight after an argument.",
 "The court heard the tax fraud case against the stylist.", "A data breach exposed passport numbers at a travel site.", "Immigration officers checked papers at the airport.",
 "The rapper's explicit lyrics drew complaints.", "The chocolate maker was criticised over child labour in its supply chain.",
]}

# Second pass (written after reading where the first model went wrong on the tuning set: everyday sentences about
# families, kids, parents, police, security, protest and politics read as harm; short headline forms of deaths and
# crashes read as harmless). Harmless sentences that share harm's vocabulary, and harm told in headline form.
MORE = {
"none": [
 "Families book summer holidays earlier than ever.", "{p} shared a rare photo of the three kids on holiday.", "Parents share the funniest things their toddlers said this week.",
 "How to introduce a new partner to your children.", "The cost of childcare is putting families in debt.", "Grandparents are the most popular babysitters, a survey found.",
 "Kids can eat free at the resort all summer.", "The school trip to {c} was the highlight of the year.", "Dads swapped tips for the first week with a newborn.",
 "{p} opened up about motherhood and juggling a career.", "The family-run bakery celebrates its fiftieth year.", "Fans travelled home happy after the final.",
 "Security was tight but friendly at the festival gates.", "Police closed the road for the city marathon.", "Officers handed out ice lollies on the hottest day of the year.",
 "Lawmakers debated the new budget late into the night.", "The president signed the infrastructure bill.", "Voters head to the polls in {c} {w}.",
 "The senator announced a run for governor.", "Protesters marched peacefully for climate action in {c}.", "Teachers rallied for smaller class sizes.",
 "The TV series about true-crime podcasters returns for a new season.", "The mystery novel topped the bestseller list.", "The detective drama was renewed for a fourth season.",
 "The actor trained for months to play a warrior queen.", "{p} said the role was the hardest of the career.", "The film's villain steals every scene.",
 "The chef's fiery chicken wings are a hit.", "The coffee chain is launching a pumpkin spice latte {w}.", "Avocado exports resume after the trade talks.",
 "Shares slid as inflation worries returned.", "The central bank raised interest rates by half a point.", "Gas prices fell for the sixth week in a row.",
 "The tech giant laid off staff in its hardware division.", "The startup raised 20 million dollars to expand.", "Rents in {c} hit a new high.",
 "The streaming service raised its prices again.", "The retailer's holiday sales beat expectations.", "The airline's new lounge opens at the airport next month.",
 "Flights were delayed by fog in {c} {w}.", "The airport is adding a new terminal.", "Travellers queued for passport checks at the start of the holidays.",
 "The mayor cut the ribbon on the new park.", "{p} won the cooking competition with a lemon tart.", "The cat café in {c} is booked out for weeks.",
 "Rescued puppies found new homes at the weekend.", "The zoo welcomed a baby giraffe.", "Scientists discovered a new species of frog.",
 "The telescope captured the sharpest image yet of a distant galaxy.", "The rocket launch was postponed because of high winds.", "Astronauts returned safely from the space station.",
 "The team clinched the title with a last-minute goal.", "{p} signed a new contract with the club.", "The rookie quarterback threw three touchdowns.",
 "The tennis star won her first Grand Slam.", "The league's lockout ended with a new deal.", "The coach praised the defence after a shutout win.",
 "The singer's new album drops {w}.", "{p} stunned on the red carpet in a sequinned gown.", "The award show's best dressed list is out.",
 "The comedian roasted the hosts at the gala.", "Fans lined up overnight for concert tickets.", "The reunion tour sold out in minutes.",
 "The doctor shared tips for better sleep.", "A new study links walking to a longer life.", "Flu season arrived early this year, doctors said.",
 "The clinic is offering free health checks.", "{p} is recovering well after knee surgery.", "The player will miss two weeks with a hamstring strain.",
 "A heat wave is expected to bring record temperatures to {c}.", "Snow is forecast for the mountains at the weekend.", "Strong winds knocked over bins across {c}.",
 "The storm chaser filmed a rainbow over the plains.", "The river festival returns to {c} this summer.", "Spring flowers are blooming early after a mild winter.",
 "The reality star apologised for her business advice.", "The influencer faced backlash over a sponsored post.", "The brand was mocked online for its new logo.",
 "The game's new season adds a battle royale map.", "Players rushed to download the shooter game's update.", "The war film won best picture.",
 "A price war broke out among supermarkets.", "The console wars heat up with a new launch.", "The chess champion crushed his opponents.",
 "The rapper's diss track set the internet on fire.", "The dancer's killer moves went viral.", "The cake was a bomb of flavour.",
 "The mission to the moon is set to launch in August.", "Crowds cheered as the parade passed through {c}.", "Fireworks lit up the harbour at midnight.",
],
"death": [
 "{p} Dies At {a}.", "Train derailment kills {n} near {c}.", "Plane crash kills all on board near {c}.", "Bus crash leaves {n} dead in {c}.",
 "The car crash happened late on Friday night, and the driver did not survive.", "{p}, star of the hit series, has died.", "Ferry disaster: {n} dead off the coast.",
 "Hall of Fame great {p} dead at {a}.", "Salons offer free haircuts in tribute to {p}, who died {w}.", "Stalls raised money for the families of those who never came home.",
 "The nation mourns the queen after her death at {a}.", "Front pages mark the death of {p}.", "{n} miners killed in a collapse in {c}.",
 "Our thoughts are with the family of our colleague who lost his life.", "{p} was killed in a crash on the motorway.",
],
"violence": [
 "Author stabbed on stage at a lecture in {c}.", "Police are looking for whoever shot {p} outside {pl}.", "{n} dead in a mass shooting at {pl}.",
 "Gunfire erupted at a parade in {c}, killing {n}.", "The officer was charged after the fatal shooting of an unarmed man.",
],
"war": [
 "Missiles hit near the airport of {c} as the invasion continues.", "Russia's invasion of Ukraine enters its sixth month.", "Bombing of the city left its hospital in ruins.",
 "Soldiers' bodies lay in the streets after the occupation ended.", "War crimes investigators exhumed a mass grave near {c}.",
],
"abuse": [
 "The financier was convicted of trafficking teenage girls.", "The teen said her stepfather had beaten her for years.", "The gymnastics doctor abused hundreds of athletes.",
],
}

# Third pass (session 9, written from the failure classes of issue #10 before reading any held-out miss): deaths told
# indirectly (heat, exposure, fumes, the road, an inquest), grief as people post it, suicide told by its effect, and
# everyday sentences that share their words (a candle, a battery that died, a dead zone, a slow ride).
MORE3 = {
"death": [
 "The heatwave has now killed {n} people in {c}.", "Heat-related deaths rose again as temperatures stayed above 40C.",
 "Hospitals in {c} reported {n} deaths from heatstroke {w}.", "A climber died of exposure on the mountain {w}.",
 "The body of a missing walker was recovered from the moor.", "A family died from carbon monoxide poisoning at their holiday cottage.",
 "The coroner recorded a verdict of accidental death.", "A pedestrian died after being hit by a van in {c}.",
 "The rider was killed instantly in the collision.", "The boy was pulled from the lake but could not be saved.",
 "rip {p}, heaven has a new angel", "I still can't believe you're gone, sleep tight", "we said goodbye to her at the funeral today",
 "no parent should ever have to bury a child", "thinking of his family tonight, he should still be here",
 "a light in the window for you tonight, little one", "she was only six. the driver didn't even stop",
 "{p} has passed away, the family announced, asking for space to grieve.", "Flags flew at half mast for the victims.",
 "The mountain claimed another life {w}, rescuers said.", "{n} people have lost their lives in the floods.",
],
"self_harm": [
 "{p}'s family said mental illness had taken {p} from them.", "He had been struggling for a long time and felt there was no way forward, his brother wrote.",
 "The star's death was ruled a suicide by the coroner.", "If you are struggling, please talk to someone, his mother wrote after his death.",
 "Friends said the bullying had pushed her to end her life.",
],
"none": [
 "Light a scented candle and run a warm bath tonight.", "The candle shop opens a second store in {c}.", "My phone battery died halfway through the film.",
 "Dead zones on the motorway are finally getting coverage.", "The e-bike is killing it in the reviews.", "The slow ride through the park is a family favourite.",
 "The new menu is a knockout.", "Pizza sales exploded during the final.", "The hike was brutal but the views were killer.",
 "The gym class will absolutely destroy your legs.", "The sale is a bloodbath for rival retailers.", "The tiramisu is to die for.",
 "Everyone in the office is obsessed with the new fragrance.", "The trail was shut for maintenance until spring.",
 "The band's farewell tour ends in {c} {w}.", "Fans queued all night to meet {p}.", "The gallery unveiled a memorial to the city's founders.",
 "The bakery's famous loaf returns for the holidays.", "The price war between phone networks is great news for customers.",
 "The detective game lets players solve a murder in Victorian London.", "The team survived a scare in the last minute.",
],
}
for cls, more in MORE3.items():
    MORE[cls] = MORE.get(cls, []) + more
for cls, more in MORE.items():
    T[cls] = T[cls] + more
NEWS_PRE = ["", "Reports say ", "Breaking: ", "Update: ", "Witnesses said ", "In {c}, ", "Local news: ", "On Tuesday, ",
            "According to officials, ", "Our correspondent writes that ", "Video shows that ", "Officials confirmed that "]
NEWS_SUF = ["", " {w}", ", reports said", ", the agency said", ", according to local media", " {w}, officials said"]
POST_PRE = ["", "tbh ", "honestly ", "I never told anyone this: ", "thread: ", "it took me years to say it. ", "still shaking. ", "for anyone who needs to hear it: "]
POST_SUF = ["", " #survivor", " and nobody helped", " and I finally left", " 💔", " #MeToo"]
def fill(t):
    return t.format(p=rng.choice(P), pl=rng.choice(PL), c=rng.choice(CITY), n=rng.choice(N), w=rng.choice(WHEN), s=rng.choice(STORM), a=rng.choice(AGE))
PROPER = {w.split()[0] for w in P + CITY + STORM if w[0].isupper()} | {"I", "Russian", "Python", "Memorial", "Asian", "Christmas", "Neo-Nazi"}
TIMES = ("day", "week", "night", "morning", "yesterday", "overnight", "month", "Friday", "Sunday", "Tuesday")
def wrap(cls, t):
    pre, suf = (POST_PRE, POST_SUF) if cls == "abuse" else (NEWS_PRE, NEWS_SUF)
    p, x = rng.choice(pre), rng.choice(suf)
    if any(w in t for w in TIMES) or "said" in t:
        x = "" if cls != "abuse" else x
    body = t.rstrip(".")
    first = body.split(" ")[0]
    if p and first not in PROPER:
        body = body[0].lower() + body[1:]
    s = (p + body + x).format(c=rng.choice(CITY), w=rng.choice(WHEN))
    return s[0].upper() + s[1:] + ("" if s.endswith(("💔", "#survivor", "#MeToo")) else ".")
out=set(); rows=[]
for cls, temps in T.items():
    target = 26 if cls == "none" else 22
    for i,t in enumerate(temps):
        tid=f"{cls}-{i:02d}"
        got=0
        for _ in range(target*6):
            s=wrap(cls, fill(t))
            if s in out: continue
            out.add(s); rows.append((cls,tid,s)); got+=1
            if got>=target: break
rows.sort()
with open(sys.argv[1],"w") as f:
    f.write("class\ttemplate\tsentence\n")
    for r in rows: f.write("\t".join(r)+"\n")
from collections import Counter
print(len(rows), Counter(r[0] for r in rows))
