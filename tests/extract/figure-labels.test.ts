import { describe, expect, it } from 'vitest';
import { columnLabel, foreignLabel, headerCells, type LabelKind } from '../../src/extract/figure-labels.ts';
import { extractFacts } from '../../src/extract/extract-facts.ts';
import { findFigures } from '../../src/extract/figures.ts';

/** The label findFigures gives the figure written `text` in an English sentence (null when none or no such figure). */
const labelOf = (sentence: string, text: string): string | null => findFigures(sentence, { language: 'en' }).find((f) => f.text === text)?.label ?? null;

// Labels read from the sentence's structure (issue 9): coordinations, clause subjects, relative clauses, earlier values.

describe('figure labels from sentence structure', () => {
  it.each([
    ['figures joined by "and" share the complement after the last', 'The cars have 71 kWh and 95 kWh of battery capacity.', [['71 kWh', 'battery capacity'], ['95 kWh', 'battery capacity']]],
    ['figures joined by "and" share the noun after the last', 'It claims a 20% and 16% improvement.', [['20%', 'improvement'], ['16%', 'improvement']]],
    ['a gerund and its object before a duration', 'The guidelines recommend holding people no longer than 72 hours.', [['72 hours', 'time holding people']]],
    ['no gerund when a noun after the duration is what it measures', 'It is a service targeting no more than 9 hours aggregate downtime.', [['9 hours', null]]],
    ['a retail price', 'Devices that retail for less than $250 will qualify.', [['$250', 'retail price']]],
    ['a change in the base form after a modal', 'The Congressional Budget Office estimates that the yield will climb to 4.2 percent in 2021.', [['4.2 percent', 'yield rise']]],
    ['a change in the base form after "to", not the stray participle', 'Unemployment is expected to drop to 4 percent.', [['4 percent', 'unemployment drop']]],
    ['a base form without its subject names no change', 'It is a fish that can grow to 500 pounds.', [['500 pounds', 'weight']]],
    ['a time ahead of or behind schedule', 'The benchmark had been achieved three years early.', [['three years', 'years early']]],
    ['a period the sentence opens with, graded by a copula', 'The first three days were chaotic.', [['three days', 'chaotic days']]],
    ['no grade from a copula and a participle', 'The next two months were spent in hospital.', [['two months', null]]],
    ['a time cut from what follows', 'The change shaved 10 minutes off the commute.', [['10 minutes', 'time cut from commute']]],
    ['a period a noun phrase counts in', 'It was the second recall of the car in six months.', [['second recall', 'recall'], ['six months', 'period of recall']]],
    ['a first in a period is the time since the last', 'This is the first win for the team in two years.', [['two years', 'years since last win']]],
    ['a superlative over a period', 'It was the biggest drop in the index in five years.', [['five years', 'biggest drop in years']]],
    ['a clause in a period is no noun phrase', 'They will open a new store in two years.', [['two years', 'time to open a new store']]],
    ['a list "A, B and C" shares the noun after its last figure', 'The firm hired 300, 400 and 500 engineers.', [['300', 'engineers'], ['400', 'engineers'], ['500', 'engineers']]],
    ['a list "A, B and C" shares the change its first figure states', 'Prices rose 3%, 4% and 5% in the three regions.', [['3%', 'Prices rise'], ['4%', 'Prices rise'], ['5%', 'Prices rise']]],
    ['two figures a comma parts are no list', 'Unemployment was 5%, 6% in some regions.', [['5%', 'unemployment'], ['6%', null]]],
    ['alternatives in brackets share the label before them', 'The claim is a net worth of $17 million (or $12 million or $6 million).', [['$17 million', 'net worth'], ['$12 million', 'net worth'], ['$6 million', 'net worth']]],
    ['"daily" and "monthly" are adjectives', 'It is offered at a $9.99 monthly rate.', [['$9.99', 'monthly rate']]],
    ['an age after "age"', 'Kids who ate them until age 5 cut their chances.', [['5', 'age']]],
    ['an age in commas after a person noun', 'The former star, 42, was voted off on Monday.', [['42', 'age']]],
    ['the subject past a modal predicate', 'The cost of interest is on track to hit $390 billion.', [['$390 billion', 'cost of interest']]],
    ['the subject of "total"', 'The deficit is expected to total nearly $1 trillion.', [['$1 trillion', 'deficit']]],
    ['what is worth it, without who gives it', 'After receiving a lifeline from investor SoftBank worth up to $8 billion, WeWork cut costs.', [['$8 billion', 'lifeline value']]],
    ['"puts X at"', 'The data puts the figure at about $44 million.', [['$44 million', 'figure']]],
    ['the antecedent of a relative clause', 'The celebration, which typically runs five days, began on Sunday.', [['five days', 'celebration']]],
    ['"the number of X"', 'If you look at the number of Americans killed by terrorism, it is less than 100.', [['100', 'Americans']]],
    ['the price of a named product', 'The $1,000 Meta Quest Pro, by contrast, has a lower resolution.', [['$1,000', 'Meta Quest Pro price']]],
    ['the price of what money buys', 'Minibars lose money even when they charge $10 for a Diet Coke.', [['$10', 'Diet Coke price']]],
    ['a level "at"', 'A poll showed Yoon’s approval rating at 13%.', [['13%', 'approval rating']]],
    ['an earlier value "up from"', 'More than 60,000 homes are without power, up from 41,000 an hour ago.', [['60,000', 'homes'], ['41,000', 'homes']]],
    ['a comparison', 'In-feed units are 20% less profitable than widgets.', [['20%', 'less profitable']]],
    ['a distance "away"', 'Europa, located some 390 million miles away, is small.', [['390 million miles', 'distance']]],
    ['a share of a composition', 'The code base is currently 59% PHP and 27% JavaScript.', [['59%', 'PHP share'], ['27%', 'JavaScript share']]],
    ['a share that says, of the people named before', 'Over half (55%) of respondents said it is risky, and 49% said they fear it.', [['55%', 'respondents'], ['49%', 'respondents']]],
    ['what befell a bare count', 'Some reports suggest as many as 200 have been killed.', [['200', 'killed']]],
    ['what ranges', 'Other makers had production operations ranging from 30-600 MW.', [['from 30-600 MW', 'production operations']]],
    ['the earlier level of what changes', 'Seoul wants to increase solar module efficiency from around 20% now to 24%.', [['20%', 'solar module efficiency'], ['24%', 'solar module efficiency']]],
    ['a compounded count noun', 'Kicking off in June, the 30-date run will be their first.', [['30', 'dates']]],
    ['the time since a gerund', 'After debuting the all-new Juke two months ago, Nissan showed the Sentra.', [['two months', 'months since debuting the all-new Juke']]],
    ['the subject past an adverb', 'The keyboard’s metal surface routinely hit 107 degrees Fahrenheit.', [['107 degrees Fahrenheit', 'keyboard metal surface']]],
    ['an age in months', 'Viewing age of 48 months and above.', [['48 months', 'age']]],
    ['an amount per month by the noun it completes', 'It means a reduction in real income of $1.4 billion per month.', [['$1.4 billion', 'real income per month']]],
    ['the far end of "from … to"', 'Mean annual temperatures range from 10 °C in the south to 16 °C in the north.', [['10 °C', 'mean annual temperatures'], ['16 °C', 'mean annual temperatures']]],
    ['a list entry’s share by its name', 'The denominations are, by number of adherents, Roman Catholicism (10.1%), Anglicanism (6.8%).', [['10.1%', 'Roman Catholicism share'], ['6.8%', 'Anglicanism share']]],
    ['the years since what an irregular past verb did', 'It is as if Apple made the wrong decision almost five years ago.', [['five years', 'years since Apple made the wrong decision']]],
    ['the years since what a "when"-clause says', 'It began 10 years ago, when the star woke up after surgery.', [['10 years', 'years since the star woke']]],
    ['the years since what the clause a figure opens did', 'Three years ago, over breakfast, my friend Helen handed me a novel.', [['Three years', 'years since my friend Helen handed me a novel']]],
    ['the time until what a later clause did', 'Two months later, he died of natural causes.', [['Two months', 'months until he died']]],
    ['a singular unit after "a"', 'About a decade later, chaos theory started to catch on.', [['a decade', 'decade until chaos theory started']]],
    ['the verb phrase before another figure in the clause', 'That would reduce federal revenue by an additional $631 billion over 10 years.', [['$631 billion', 'revenue'], ['10 years', 'reduce federal revenue']]],
    ['no verb phrase from a noun before another figure', 'Payments went out, to the tune of $28 billion over the past two years.', [['$28 billion', 'Payments went out'], ['two years', null]]],
    ['a unit that measures one quantity', 'The car cranks out 300 kW, and the CPU runs at 1.2GHz.', [['300 kW', 'power'], ['1.2GHz', 'CPU clock speed']]],
    ['an area in square units, a weight in pounds', 'He clocked in at 243 pounds on the most beautiful 87 square miles.', [['243 pounds', 'weight'], ['87 square miles', 'area']]],
    ['a hyphenated mass unit describes the noun', 'I prefer 8-ounce jelly jars.', [['8-ounce', null]]],
    ['years of what fills them, not an age', 'After 12 years of waiting, by 11 months of age and something.', [['12 years', 'years of waiting'], ['11 months', 'age']]],
    ['the years as what someone has been', 'Bassi, 43 years a fisherman, keeps an eye on it.', [['43 years', 'years as fisherman']]],
    ['no event from a noun after a preposition, only the time elapsed', 'Nearly one year later, the project (from which it was forked) was cut loose from Oracle and found a new home.', [['one year', 'year later']]],
    ['the object of a gerund that changes it', 'The tariffs would cut output, while lowering wages by 0.16 percent.', [['0.16 percent', 'wages cut']]],
    ['the noun an absolute "with" clause moves', 'The index rose 0.05%, with the euro EUR= up 0.05%.', [['0.05%', 'index rise'], ['0.05%', 'euro rise']]],
    ['the level after a change "by"', 'The yield on the 10-year note has risen by half a percentage point, to 3.1 percent.', [['half a percentage point', 'yield rise'], ['3.1 percent', 'yield']]],
    ['a share of a counted whole', 'Portugal converted half of its four chances.', [['half', 'chances'], ['four', 'chances']]],
    ['the deadline an order sets', 'It also ordered the country’s striking doctors to return to work within 48 hours.', [['48 hours', 'deadline to return to work']]],
    ['the deadline a requirement sets', 'Customs typically requires payment within 10 days of their shipments clearing customs.', [['10 days', 'payment deadline']]],
    ['no deadline without an order: the time to what the noun phrase names', 'The steroids had a transformative effect within 2 days.', [['2 days', 'time to transformative effect']]],
    ['the time to do what follows, past whom it takes', 'The same calculation would take a single processor system 15,000 years to compute.', [['15,000 years', 'time to compute']]],
    ['the time the subject takes', 'Developer onboarding typically takes less than a month.', [['a month', 'onboarding time']]],
    ['what was bought, before "for"', 'Braun’s Ithaca Holdings purchased Big Machine for $300M in a deal.', [['$300M', 'Big Machine purchase']]],
    ['what a relative clause says was bought', 'There were layoffs at Meetup, which it acquired for $200 million in 2017.', [['$200 million', 'Meetup acquisition']]],
    ['what a payment in a deal is for', 'It will fund a $3 billion buyout of shareholders, including $1 billion for some of Neumann’s shares.', [['$3 billion', 'buyout'], ['$1 billion', 'payment for Neumann’s shares']]],
    ['what money is spent to do', 'Lucasfilm spent a total of $15 million to remaster A New Hope.', [['$15 million', 'spending to remaster A New Hope']]],
    ['a share of people by what they say', 'About 40% of voters say they will back him.', [['40%', 'voters saying they will back him']]],
    ['where money is raised', 'Alibaba is set to raise up to $12.9bn from its record listing in Hong Kong.', [['$12.9bn', 'funding from record listing']]],
    ['the time spent on what follows, not who spent it', 'Lladanosa worked at a pharmacy, whereas Espinosa spent 14 years doing drug analysis.', [['14 years', 'time doing drug analysis']]],
    ['the time spent at a place', 'It required the British royal spending three days at Epstein’s orgy mansion.', [['three days', 'time at Epstein’s orgy mansion']]],
    ['a period opening its clause spans what the clause did', 'In six months, Smith completed the work, seemingly from written instructions.', [['six months', 'months in which Smith completed the work']]],
    ['an opening period without a comma', 'For more than a decade the Web has used XMLHttpRequest to achieve asynchronous requests.', [['a decade', 'decade in which the Web has used XMLHttpRequest']]],
    ['no opening period measured from an event', 'But, in the three years since the MacBook Pro was released, there has been no increase.', [['three years', 'years since the MacBook Pro was released']]],
    ['no opening period over a semicolon', 'For the last two years, I had been a loud internal voice in the FSF leadership; I felt strongly that it was wrong.', [['two years', null]]],
    ['an "of"-complement completes the object of the event', 'Twenty years ago we saw an explosion of websites, built by developers around the world.', [['Twenty years', 'years since we saw an explosion of websites']]],
    ['"a little over" is a hedge, not what happened', 'A little over half a century ago, chaos started spilling out of a famous experiment.', [['half a century', 'centuries since chaos started spilling']]],
    ['the named antecedent of a relative clause is what was done', 'It is identical to the Bluetooth-enabled Magic Keyboard that Apple released nearly five years ago.', [['five years', 'years since Apple released the Magic Keyboard']]],
    ['the time since the event a noun names', 'Since its introduction over a year ago, ATF has become an important building block.', [['a year', 'year since introduction']]],
    ['"along with" names nothing', 'It puts out 151 PS along with 197 Nm of torque.', [['151 PS', 'power'], ['197 Nm', 'torque']]],
    ['a name after "worth of" is what money buys', 'The administrators escaped with an estimated $12 million worth of Bitcoin.', [['$12 million', 'Bitcoin']]],
    ['an amount per month in what it is', 'The overall impact is now over $4 billion per month in extra tariffs on a wide range of goods.', [['$4 billion', 'extra tariffs per month']]],
    ['an amount per year that what rises reaches', 'The United States could increase its agricultural exports to China to much more than $30 billion a year.', [['$30 billion', 'agricultural exports per year']]],
    ['a record of wins', 'The NBA-leading Lakers, who have won 12 of 13, play on Friday.', [['12', 'wins in 13 games']]],
    ['a record of losses', 'The reeling Predators have lost five of their last seven games.', [['five', 'losses in seven games'], ['seven', 'games']]],
    ['no record of things lost', 'The ferry company cut crossings after losing two of its five vessels to repairs.', [['two', 'vessels'], ['five', 'vessels']]],
    ['a bare tally counts what the tally before it did', 'Danilo Gallinari added 25 points in his former home arena, and Nerlens Noel had 15.', [['25 points', 'Danilo Gallinari points'], ['15', 'points']]],
    ['the time an action after a modal takes', 'Drivers can operate the folding soft-top to close in just 16 seconds.', [['16 seconds', 'time to operate the folding soft-top to close']]],
    ['no time taken by a first time, the time since it last happened', 'They will tour together for the first time in nearly 25 years.', [['25 years', 'years since last tour together']]],
    ['no time taken by a present clause: the time until its event', 'These teams meet again in Oklahoma City in three days.', [['three days', 'time until teams meet again']]],
    ['a share of modifiers joined before one plural head', 'In 1960, women held 27 percent of computing and math-related jobs.', [['27 percent', 'computing and math-related jobs']]],
    ['no label from a verb before another number, the capacity a noun is meant for', 'A cell meant for 35 held 155 adult males.', [['35', 'cell capacity'], ['155', 'adult males']]],
    ['"closer to" names nothing', 'In Spain it is over 40 percent, while in the United Kingdom it is closer to 30 percent.', [['40 percent', null], ['30 percent', null]]],
    ['a common possessor in an "of"-complement owns the whole, it is not it', 'The protest closed more than half of the state’s school districts.', [['half', 'school districts']]],
    ['"another" before a possessor keeps it', 'He relives the last eight minutes of another person’s life.', [['eight minutes', 'minutes of another person’s life']]],
    ['a rate joined to an amount by hyphens is no label', 'They live in a $35-a-night motel called the Magic Castle.', [['$35', 'motel price']]],
    ['a player’s tally is no market gain', 'Danilo Gallinari added 25 points in his former home arena.', [['25 points', 'Danilo Gallinari points']]],
    ['an index’s points are its gain', 'The Dow Jones Industrial Average added 250 points on Monday.', [['250 points', 'Dow Jones Industrial Average gain']]],
    ['the time since an event, before the clause’s topic', 'There has been a lot of change in the ticketing industry over the past six years since I joined the company.', [['six years', 'years since I joined the company']]],
    ['what lasts "for" a time, before the event after it', 'The jury deliberated for less than 10 minutes before convicting Webb.', [['10 minutes', 'jury deliberated']]],
    ['the noun a duration completes', 'We compute the mean over a sliding window of 60 minutes.', [['60 minutes', 'sliding window']]],
    ['the subject a copula gives a duration', 'In 2018 the median age of the population was 38.1 years.', [['38.1 years', 'median age of population']]],
    ['no noun from a gerund opening the sentence', 'Speaking of one year ago, I did not expect it.', [['one year', null]]],
    ['a name fills a time', 'Sign up for 4 months of Amazon Music Unlimited for just $1.', [['4 months', 'months of Amazon Music Unlimited'], ['$1', 'price']]],
    ['a measure of a named part', 'The PS4 Pro has only 8GB of RAM and tops out at 4.2 teraflops.', [['8GB', 'RAM'], ['4.2', 'teraflops']]],
    ['no name for a measure of a place', 'The islands are sprinkled over 40 million square kilometres of the South Pacific.', [['40 million square kilometres', 'area']]],
    ['the time from an event', 'Officials described a chaotic six hours from the time Yoon declared martial law.', [['six hours', 'hours from the time Yoon declared martial law']]],
    ['the time elapsed of what it is into', 'Two months into his term, he quit.', [['Two months', 'months into term']]],
    ['the event a period places', 'The urban sources of pollution have also increased as the region’s population has boomed by more than 7 million people in the past decade.', [['7 million', 'people'], ['the past decade', 'decade in which the region population has boomed']]],
    ['no event from a past form after a determiner: the period counts the noun phrase', 'This is the third botched launch of a Russian spacecraft in two years.', [['third botched launch', 'botched launch'], ['two years', 'period of botched launch']]],
    ['no event placed by a possessive period', 'I told Bartleby that in six days’ time he must leave the office.', [['six days', null]]],
    ['a gerund compound joined by "and" to a plural head', 'It is enabling over 100 ad serving and media group clients to improve.', [['100', 'ad serving and media group clients']]],
    ['no joined head for people who do two things', 'About 5 people working and living there left.', [['5', 'people']]],
    ['no label from an object’s prototype', 'As you can see, Response has a two argument constructor, where both arguments are optional.', [['two', 'argument constructor']]],
    ['a dash glued to a word ends the phrase', 'I always deemed him the victim of two evil powers-- ambition and indigestion.', [['two', 'evil powers']]],
    ['a modal ends the phrase', 'Now one of two things must take place.', [['two', 'things']]],
    ['no label from "close to"', 'It was close to $2,000 at the time.', [['$2,000', null]]],
    ['what amounts "to the tune of" a figure', 'The dock still drained the battery to the tune of 4% per hour.', [['4%', 'dock still drained the battery']]],
    ['what may befall the counted noun, after a modal', 'As many as 300 workers could be affected by the cuts.', [['300', 'workers affected']]],
    ['the share a subject accounts for', 'Geothermal power alone accounted for 22% of the country’s energy in 2015.', [['22%', 'geothermal power share of energy']]],
    ['the share a participle clause gives the subject before it', 'Tourism is critical to Tunisia’s economy, accounting for 15 percent of its gross domestic product.', [['15 percent', 'Tourism share of gross domestic product']]],
    ['the time since the subject was last so low', 'Chinese economic growth has slowed to its lowest rate in nearly three decades.', [['three decades', 'Chinese economic growth lowest in decades']]],
    ['the time since the clause last happened', 'The band will tour together for the first time in 25 years.', [['25 years', 'years since last tour together']]],
    ['a period that places the clause, by its event', 'She enjoyed a meteoric rise through the ranks of the ruling party in the last two years.', [['two years', 'years in which she enjoyed a meteoric rise']]],
    ['a period the clause lasts "for", by its activity', 'Assange has avoided extradition to Sweden for seven years.', [['seven years', 'avoided extradition to Sweden']]],
    ['a change of what follows "in"', 'It posted a 3.2 percent drop in revenue.', [['3.2 percent', 'revenue drop']]],
    ['a change of the "of"-complement of a scale noun', 'That marks a 12% increase in the number of users.', [['12%', 'users increase']]],
    ['a gerund compounded with the noun after a modifier', 'There will be a 22 kW second on-board charging device as an option.', [['22 kW', 'second on-board charging device']]],
    ['no compound from a participle clause after a noun', 'There was just one woman wearing cucumbers over her eyes.', [['one', 'woman']]],
    ['the price of the thing an amount modifies', 'The $49 charging brick regularly goes on sale.', [['$49', 'charging brick price']]],
    ['no priced thing from function words', 'Mophie also sells a similar mat for $60 less.', [['$60', 'price']]],
    ['a reference mark after a word is no part of it', 'English is spoken by 96.1% of the population.[271] It is similar to Australian English.', [['96.1%', 'population']]],
    ['a reference mark after a full stop ends the subject', 'It depends on trade,[217] particularly in farm products.[218] Exports account for 24% of its output.', [['24%', 'Exports share of output']]],
    ['a peak of the subject', 'Unemployment peaked above 10% in 1991.', [['10%', 'unemployment peak']]],
    ['a contraction of the subject', 'The economy shrank 2.1% in the quarter.', [['2.1%', 'economy fall']]],
    ['a share of the whole the sentence opens with', 'Of the 500 people surveyed, 40% said yes.', [['500', 'people'], ['40%', 'people']]],
    ['a bare number in brackets is the value of the phrase before', 'He is top-20 in both run defense (75.5) and tackling grade (77.4).', [['75.5', 'run defense'], ['77.4', 'tackling grade']]],
    ['a noun phrase a glued dash ends', 'The country comprises two main landmasses—the North Island and the South Island.', [['two', 'main landmasses']]],
    ['a fronted topic for a bare measure', 'As for range, in RWD form you’re looking at up to 590 km on the European WLTP cycle.', [['590 km', 'range']]],
    ['the time given to do something', 'Farmers now have barely a month to clear their fields.', [['a month', 'time to clear their fields']]],
    ['the thing offered for an amount', 'Rakuten offers the latest Apple AirPods with wireless charging case for $150.', [['$150', 'Apple AirPods price']]],
    ['made of attempts', 'Glass was 20-of-24 passing for 235 yards.', [['20', 'passes completed'], ['235 yards', 'yards passing']]],
    ['the yards of a play', 'Tate completed 18 of 25 passes for 210 yards.', [['18', 'passes'], ['25', 'passes'], ['210 yards', 'passing yards']]],
    ['an adverb between the copula and the figure', 'The unemployment rate is regularly 4%.', [['4%', 'unemployment rate']]],
    ['an age a thing dates', 'Some portions date back more than a century.', [['a century', 'age']]],
    ['an amount a participle befell', 'The offer fell short of the $20 reportedly demanded by Ferro.', [['$20', 'amount demanded']]],
    ['a multiple compared with what follows "than"', 'The deaths of detained children are nine times higher than the expected death rate.', [['nine times', 'deaths of detained children vs expected death rate']]],
    ['a share of a company a holder has', 'Soon-Shiong remains a major shareholder of Tribune, with 24.4% of the company.', [['24.4%', 'stake in company']]],
    ['no stray participle set off by a comma', 'That cranks out almost 490 lb-ft of torque, lasting for eight seconds.', [['490 lb-ft', 'torque'], ['eight seconds', null]]],
    ['a verb before its object ends the counted noun', 'Some 28 cities join the network.', [['28', 'cities']]],
    ['what a thing trades at is its price', 'Alibaba shares were trading at $182 on Tuesday.', [['$182', 'Alibaba share price']]],
    ['the time until an event', 'The law takes effect in 90 days.', [['90 days', 'time until law takes effect']]],
    ['a number joined to its unit modifies the head before "of"', 'Sales are down from the prior 12-month average of 15.2 percent.', [['12-month', 'average'], ['15.2 percent', '12-month average']]],
  ])('labels %s', (_name, sentence, expected) => {
    expect(findFigures(sentence).map((f) => [f.text, f.label])).toEqual(expected);
  });
});

describe('figure labels from the sentence before', () => {
  it.each([
    ['an amount\'s "it" as the noun of money before', 'The council approved the new budget on Monday.', 'It totals $3.4 million.', '$3.4 million', 'new budget'],
    ['a bare "that" as the fact of the last figure before', 'The company reported quarterly revenue of $4.2 billion.', 'That was up 12% from a year earlier.', '12%', 'revenue rise'],
    ['"they" as the subject before', 'Apple shares have had a volatile year.', 'They are down 15% since January.', '15%', 'Apple shares fall'],
  ])('reads %s', (_name, previous, sentence, text, label) => {
    expect(findFigures(sentence, { previous }).find((f) => f.text === text)?.label).toBe(label);
  });

  it('reads "that number" as the figure of the sentence before', () => {
    const html = `<html><head><title>Potholes</title></head><body><article><h1>Potholes</h1>
      <p>The city spends a lot of money on its streets every single year, officials said on Monday in a statement.
      Currently, the department has 25 crews repairing potholes. During peak pothole-repair season in early March, that number can expand to more than 60.</p>
      <p>Nothing in this paragraph refers back to anything at all, and it has no figure in it either, which is fine.</p></article></body></html>`;
    const sheet = extractFacts(html, 'https://example.com/potholes', { publishedAt: new Date('2020-01-01') });
    expect(sheet.figures.map((f) => [f.text, f.label])).toEqual([['25', 'crews'], ['60', 'crews']]);
  });
});

// A pointing subject ("It", "That figure", "The stuff") whose predicate is the figure stands for the subject of the sentence before.
describe('figure labels from the subject of the sentence before', () => {
  const previous = 'Retail sales in the region slumped in March.';
  it.each([
    ['a change stated of "It"', 'It was down 60% from a year earlier.', 'Retail sales fall'],
    ['"That figure" rose', 'That figure rose to 58.4 cu.ft.', 'Retail sales rise'],
    ['"This" represents a share', 'This represents 12% of the total.', 'Retail sales'],
    ['"The stuff" costs', 'The stuff costs $30.', 'Retail sales cost'],
    ['after a short opening phrase', 'Last year, it was down 60% from a year earlier.', 'Retail sales fall'],
  ])('%s', (_, sentence, label) => {
    expect(findFigures(sentence, { language: 'en', previous })[0]?.label).toBe(label);
  });
  it.each([
    ['the figure is an object, not the predicate', 'Retail sales in the region slumped in March.', 'It features 12GB of RAM.', 'RAM'],
    ['the sentence before opens with a pronoun', 'They said it was bad.', 'It was down 60% from a year earlier.', null],
    ['the sentence before opens with a clause, not its subject', 'On the day that Samsung announced it, I went out.', 'It was down 60%.', null],
    ['no sentence before', undefined, 'It was down 60% from a year earlier.', null],
  ])('not when %s', (_, before, sentence, label) => {
    expect(findFigures(sentence, { language: 'en', previous: before })[0]?.label ?? null).toBe(label);
  });
});

describe('the sentence before reaches the labeller', () => {
  it('from the paragraph before', () => {
    const html = `<html><head><title>Sales</title></head><body><article><h1>Sales</h1>
      <p>The shop has been open on the high street for many years now, the owners told reporters on Monday afternoon.</p>
      <p>Retail sales in the region slumped badly in March.</p>
      <p>It was down 60% from a year earlier, the owners said in a statement on Monday afternoon.</p></article></body></html>`;
    const sheet = extractFacts(html, 'https://example.com/sales', { publishedAt: new Date('2020-01-01') });
    expect(sheet.figures.map((f) => [f.text, f.label])).toEqual([['60%', 'Retail sales fall']]);
  });
});

describe('figure labels from a moving noun', () => {
  it.each([
    ['a "with" clause whose noun moves by a gerund', 'That figure has continued to drop, with exports to China in the first half of 2019 sinking to $1.3 billion.', 'exports fall'],
    ['a "with" clause rising', 'The index fell, with home prices in the capital rising 3% in May.', 'home prices rise'],
    ['a gerund climbing "towards" the figure', 'The samples have purities climbing towards 80 or 90 percent.', 'purities rise'],
  ])('%s', (_, sentence, label) => {
    expect(findFigures(sentence, { language: 'en' })[0]?.label ?? null).toBe(label);
  });
});

describe('a period dated from what went before', () => {
  it.each([
    ['opening its sentence', 'Seven decades later, Parata has overseen many strandings.', 'decades later'],
    ['without a comma', 'Thirty minutes later the machine’s robotic arm automatically moves over.', 'minutes later'],
    ['at the end of the sentence', 'It was the first stride on a path that would lead to their doorstep almost a decade later.', 'decade later'],
    ['"earlier"', 'Two hours earlier, the fire had spread.', 'hours earlier'],
  ])('%s', (_, sentence, label) => {
    expect(findFigures(sentence, { language: 'en' })[0]?.label ?? null).toBe(label);
  });
});

describe('an activity starts after its subject pronoun', () => {
  it('labels what the clause after "so I" did, not the place before it', () => {
    // (A verb and its pronoun object, "boiled mine", name nothing an editor could title: no label.)
    expect(findFigures('We are at 5280 feet in Denver so I boiled mine for 20 minutes.', { language: 'en' }).find((f) => f.text === '20 minutes')?.label).toBe(null);
  });
});

describe('labels read from the structure around a figure (session 12)', () => {
  it.each([
    ['a share "of those" takes the plural counted before', 'The ward logged 400 warnings a night, and 90% of those needed no response.', '90%', 'warnings'],
    ['"eight of them" too', 'The club signed 12 players, and eight of them had never played abroad.', 'eight', 'players'],
    ['an "of"-complement after a priced compound', 'Buyers get two months of the $8-a-month Acme Plus plan.', 'two months', 'months of Acme Plus'],
    ['an "of"-complement after a model code', 'The laptop ships with 32GB of LPDDR5 memory and a fast disk.', '32GB', 'memory'],
    ['a named subject that costs an amount', 'The Zento Pad costs $300, while its rival sells for less.', '$300', 'Zento Pad price'],
    ['a common subject that costs an amount', 'The repairs will cost about $2 million.', '$2 million', 'repairs cost'],
    ['a phrasal verb of paying, for a named thing', 'Fans who forked out $90 for the Deluxe Bundle got a poster.', '$90', 'Deluxe Bundle price'],
    ['a phrasal verb of paying, to get something', 'You can shell out $12 to get offline maps for the app.', '$12', 'price to get offline maps'],
    ['a contribution and what it goes to', 'Workers may contribute up to $5,000 to a health savings account each year.', '$5,000', 'contribution to health savings account'],
    ['a part that runs at a clock speed', 'The board uses a quad-core processor running at 2GHz.', '2GHz', 'processor clock speed'],
    ['a capacity before a part named by an acronym', 'It pairs 8GB DDR4 RAM with a small battery.', '8GB', 'DDR4 RAM'],
    ['a thing a length bounds', 'Few people buy a monitor above 40-inches for a desk.', '40-inches', 'monitor size'],
  ])('%s', (_, sentence, text, want) => {
    expect(labelOf(sentence, text)).toBe(want);
  });
  it('a pronoun that costs an amount names nothing by itself', () => {
    expect(labelOf('It costs $5 at the door.', '$5')).not.toMatch(/^it\b/i);
  });
});

describe('labels on French, Spanish and German pages (foreignLabel)', () => {
  const at = (sentence: string, text: string, kind: LabelKind, lang: string): string | null => {
    const start = sentence.indexOf(text);
    return foreignLabel(sentence, start, start + text.length, kind, lang);
  };
  it.each([
    ['a quote mark between the number and its noun', 'Ils attendent encore «plus de 40» familles.', '40', 'count', 'fr', 'familles'],
    ['"de" after a unit opens what is measured', 'Le camion transportait 12 tonnes de farine.', '12 tonnes', 'measure', 'fr', 'farine'],
    ['an elided "d’" glued to the noun', 'La ville compte 3 millions d’électeurs.', '3 millions', 'count', 'fr', 'électeurs'],
    ['a capitalised nationality noun', 'Au total, 150 Belges ont été rapatriés.', '150', 'count', 'fr', 'Belges'],
    ['no capitalised plural inside a title in capitals', 'Leia o guia “Os 7 Passos para Vender Mais” hoje.', '7', 'count', 'pt', null],
    ['an elided negation opens a clause, no noun', 'Mais 40 n’ont pas répondu.', '40', 'count', 'fr', null],
    ['the participle of a count that is a subject', 'Selon la police, 12 n’ont toujours pas été retrouvés.', '12', 'count', 'fr', 'retrouvés'],
    ['the participle after a Spanish perfect', 'Al menos 15 han sido evacuados del edificio.', '15', 'count', 'es', 'evacuados'],
    ['a prenominal adjective with its noun', 'La empresa abrirá 12 nuevas tiendas este año.', '12', 'count', 'es', 'nuevas tiendas'],
    ['a part "de ellos" of what was counted before', 'Llegaron 30 barcos al puerto, 8 de ellos con carga.', '8', 'count', 'es', 'barcos'],
    ['a possessive before the noun a measure measures', 'La nueva versión reduce a 5MB su tamaño.', '5MB', 'measure', 'es', 'tamaño'],
    ['German: the subject of "kostet"', 'Das Spiel ist gut, und Skyrace kostet derzeit 20 Euro im Handel.', '20 Euro', 'money', 'de', 'Skyrace Preis'],
    ['German: a preposition after the amount names nothing', 'Es gibt 20 Euro im Monat.', '20 Euro', 'money', 'de', null],
    ['German: the capitalised noun after a number', 'Die Firma stellt 2.000 zusätzliche Fachkräfte ein.', '2.000', 'count', 'de', 'zusätzliche Fachkräfte'],
  ] as [string, string, string, LabelKind, string, string | null][])('%s', (_, sentence, text, kind, lang, want) => {
    expect(at(sentence, text, kind, lang)).toBe(want);
  });
});

describe('an age reached at a life stage, a multiple of what follows "times"', () => {
  it.each([
    ['a pension that kicks in at a number', 'Her pension kicks in at 67, two years after his.', '67', 'age'],
    ['retiring at a number', 'Most teachers there retire at 60.', '60', 'age'],
    ['not a share "at" after retiring', 'He retired at 35 percent of his salary.', '35 percent', 'salary'],
    ['a range of multiples', 'Experts say you should keep 3 to 4 times your monthly rent in the bank.', '3 to 4', 'multiple of monthly rent'],
  ])('%s', (_, sentence, text, want) => {
    expect(labelOf(sentence, text)).toBe(want);
  });
});

describe('stakes, valuations and losses per share (session 12, lab2)', () => {
  it.each([
    ['a share of a named company someone owns is a stake in it', 'Acme owned about 17 percent of Bolt Media after the merger.', '17 percent', 'stake in Bolt Media'],
    ['a share of a named company someone holds', 'The fund holds 12% of Northwind Media.', '12%', 'stake in Northwind Media'],
    ['"value it at" an amount is a valuation', 'The offer would value it at over $600 million, people said.', '$600 million', 'valuation'],
    ['"values the company at" an amount is a valuation', 'The new round values the company at $3 billion.', '$3 billion', 'valuation'],
    ['a named company valued at an amount', 'Zentrix is now valued at $4 billion.', '$4 billion', 'valuation'],
    ['an order valued at an amount stays its value', 'An order valued at $8.8 billion was signed on Monday.', '$8.8 billion', 'order value'],
    ['cents lost per share are a loss per share', 'The retailer lost 7 cents per share in the quarter.', '7 cents', 'loss per share'],
    ['a net loss of cents a share', 'It posted a net loss of 12 cents a share.', '12 cents', 'loss per share'],
    ['a share price after losing ground is no loss', 'The stock lost ground to close at $14.20 per share.', '$14.20', 'price per share'],
    ['the earlier value after "up N% from"', 'Its sales were $163 million, which was up 33% from $123 million a year earlier.', '$123 million', 'sales'],
    ['a participle between an adjective and a plural noun', 'The earbuds ship with three different sized tips for a better fit.', 'three', 'different sized tips'],
    ['a graded figure after a copula', 'The average cost of a school dance was a whopping $1,400, the survey found.', '$1,400', 'average cost of school dance'],
    ['a graded figure after "of"', 'The typical fee of a modest $90 surprised nobody.', '$90', 'typical fee'],
    ['a verb after "X of" an amount opens the predicate', 'Sales of $3 billion beat forecasts.', '$3 billion', 'sales'],
    ['a noun after "X of" an amount is still what it buys', 'He bought a package of $5 million bonds.', '$5 million', 'bonds'],
    ['money paid to settle is a settlement', 'The carrier will pay $2.5 billion to settle the lawsuits.', '$2.5 billion', 'settlement'],
    ['money poured into a fund is an investment', 'Backers poured $2 billion into the venture.', '$2 billion', 'investment'],
    ['money borrowed', 'The county borrowed $1 billion from two banks.', '$1 billion', 'borrowing'],
  ])('%s', (_, sentence, text, want) => {
    expect(labelOf(sentence, text)).toBe(want);
  });
});

describe('empty and wrong labels of news prose (session 13, lab)', () => {
  it.each([
    ['a bracketed earlier value between the count and its noun', 'The club now has more than 2 million (up from 1.4 million) paid subscribers.', '2 million', 'paid subscribers'],
    ['the bracketed earlier value counts the same noun', 'The club now has more than 2 million (up from 900,000) paid subscribers.', '900,000', 'paid subscribers'],
    ['"compared to" sets a figure against the one before', 'The chain ran 240 coffee shops in March, compared to 215 a year before.', '215', 'coffee shops'],
    ['"from" after a level reached is the earlier level of what changed', 'Revenue fell to $8.1 million, or 4 cents per share, from $9.6 million, or 6 cents per share, last year.', '$9.6 million', 'revenue'],
    ['an amount lost is a loss', 'The studio posted weaker sales, losing $4.3 million on the quarter’s income.', '$4.3 million', 'loss'],
    ['"estimated the value of X at"', 'The bank estimated the value of the stock and cash merger at about $90 million.', '$90 million', 'cash merger value'],
    ['"put the cost of X at"', 'Engineers put the cost of the new bridge at $2 billion.', '$2 billion', 'new bridge cost'],
    ['an object narrowed by a prepositional phrase', 'The carrier will trim flights for its regional business by 15 percent.', '15 percent', 'flights cut'],
    ['what a name is worth is its valuation', 'That is only a third of the $600 million that Zentrix is currently worth.', '$600 million', 'Zentrix valuation'],
    ['a share of an amount is a share of what it is', 'That is only a third of the $600 million that Zentrix is currently worth.', 'a third', 'share of Zentrix valuation'],
    ['money grabbed from a named investor is funding from it', 'Later, Zentrix grabbed $30 million from Northwind Ventures.', '$30 million', 'funding from Northwind Ventures'],
    ['an appositive superlative describes the noun before its comma', 'The bank named 40 new partners, the smallest number in at least six years.', 'six years', 'new partners smallest in years'],
    ['a pointing subject took the time', 'And all that only took them three weeks.', 'three weeks', 'time taken'],
    ['months ended on a date are a reporting period', 'It spent $4 million in 2012 and the six months ended June 30, 2013, respectively.', 'six months', 'reporting period'],
    ['a period placing a state is the period of the noun phrase before it', 'Some 40,000 patients were in state care in the past three years, officials said.', 'three years', 'period of state care'],
    ['no period of an amount', 'Aid to growers, to the tune of $3 million over the past three years, kept them afloat.', 'three years', null],
    ['no period of a noun another figure counts', 'The startup plans to reach 400 employees over the next 18 months.', '18 months', null],
    ['a change after a comma is of what the count before it counts', 'Its sites drew 40 million monthly visitors, up 6 percent from last year.', '6 percent', 'monthly visitors rise'],
    ['a bare count in shares is a number of shares', 'It paid $20 million in cash and about 1.5 million in shares.', '1.5 million', 'shares'],
  ])('%s', (_, sentence, text, want) => {
    expect(labelOf(sentence, text)).toBe(want);
  });
});

// Session 13 (tech-news probes): durations name what lasts, compound lengths share their label, hedges English uses before figures.
describe('figure labels and qualifiers of tech-news durations', () => {
  it.each([
    ['what lasts on a charge is a battery', 'The tracker costs $129 and lasts about four days on a single charge.', 'four days', 'battery life'],
    ['a battery that lasts', 'Its battery lasts roughly 11 hours.', '11 hours', 'battery life'],
    ['"it" lasting in a sentence about a charge', 'The speaker runs a week between charges, though with the lights on it lasted closer to nine hours.', 'nine hours', 'battery life'],
    ['an activity with a count in it lasts "for" the time', 'She rode 30 miles a day for three weeks.', 'three weeks', 'rode 30 miles'],
    ['a paid amount is not what lasts', 'Visitors can pay $20 for a massage chair for 15 minutes.', '15 minutes', null],
    // (A compound length is one figure since s19: "6 hours and 50 minutes" is 6.83 hours, as "a year and a half" is 1.5 years.)
    ['a compound length reads past its smaller unit', 'The tracker recorded 6 hours and 50 minutes of deep sleep.', '6 hours and 50 minutes', 'hours of deep sleep'],
    ['a compound length written with a comma', 'The store was offline for 2 hours, 45 minutes.', '2 hours, 45 minutes', 'offline'],
    ['any time lasted in a sentence about a battery', 'The laptop lasted 8 hours and 5 minutes in our battery test.', '8 hours and 5 minutes', 'battery life'],
    ['a time lasted with no battery in sight names what lasted', 'The keynote lasted two hours.', 'two hours', 'keynote'],
    ['a compound length after a taken time', 'The ferry crossing took 3 hours and 20 minutes.', '3 hours and 20 minutes', 'ferry crossing time'],
    ['a possessive period is its subject’s', 'The console sold more than the Xbox One did in its first six months.', 'six months', 'Xbox One’s first months'],
    ['time spent a day on something', 'Teenagers spend an average of 50 minutes a day on the platform.', '50 minutes', 'time on the platform'],
    ['a participle adjective before a plural noun', 'The service now has 4 million paying subscribers.', '4 million', 'paying subscribers'],
    ['a level after a modal "been"', 'We think margins would have been about 12%.', '12%', 'margins'],
  ])('%s', (_, sentence, text, label) => {
    expect(labelOf(sentence, text)).toBe(label);
  });

  it.each([
    ['The battery lasted closer to six hours.', 'six hours', 'about'],
    ['The drive was more like 400 miles.', '400 miles', 'about'],
    ['The round came in shy of $30 million.', '$30 million', 'nearly'],
    ['The app has upward of 80,000 users.', '80,000', 'more than'],
    ['The app has not quite 80,000 users.', '80,000', 'nearly'],
    ['The plan covers a maximum of 5 devices.', '5', 'up to'],
    ['The app has in the region of 80,000 users.', '80,000', 'about'],
    ['The app has more or less 80,000 users.', '80,000', 'about'],
    ['The app has give or take 80,000 users.', '80,000', 'about'],
    ['The app has an approximate 80,000 users.', '80,000', 'about'],
  ])('"%s" hedges %s as %s', (sentence, text, qualifier) => {
    expect(findFigures(sentence, { language: 'en' }).find((f) => f.text === text)?.qualifier).toBe(qualifier);
  });
});

describe('a sentence-opening name shaped like a common word keeps its capital', () => {
  it.each([
    ['Twitter grew 30 percent in the quarter.', '30 percent', 'Twitter growth'],
    ['Annual revenue rose 5% to $3 billion.', '5%', 'annual revenue rise'],
  ])('%s', (sentence, text, label) => {
    expect(labelOf(sentence, text)).toBe(label);
  });
});

describe('labels the fresh-feed review found null or stray', () => {
  it.each([
    ['a change noun after a share changes the clause subject', 'Revenue was $2.1 billion, a 20 percent rise over the same period in 2013.', '20 percent', 'revenue rise'],
    ['a rate per unit of an amount', 'The company posted earnings per share of $6.53, beating forecasts.', '$6.53', 'earnings per share'],
    ['EPS of an amount', 'Google reported an EPS of $6.35 for the quarter.', '$6.35', 'earnings per share'],
    ['a degree word between the move and the amount', 'The stock was down a little, about 3 percent, in early trading.', '3 percent', 'stock fall'],
    ['a person who was a bare number', 'Brianne Randall-Gay was 17 when she was treated for scoliosis.', '17', 'age'],
    ['the US in an of-complement', 'Nearly half of US military sites are threatened by wild weather.', 'half', 'US military sites'],
    ['names joined by a slash before the counted noun', 'There are about 11 Cogent/Verizon peering connections in the region.', '11', 'peering connections'],
    ['an N-strong body counts its members', 'A 50-strong commission representing most strands of society will meet.', '50', 'commission members'],
    ['an N-part work counts its parts', 'The broadcaster commissioned a 10-part English language TV series.', '10', 'English language TV series parts'],
    ['a weight a person lost', 'Herbert Walker, 49, of Frederick has lost more than 51 pounds since January.', '51 pounds', 'weight lost'],
  ])('%s', (_, sentence, text, label) => {
    expect(labelOf(sentence, text)).toBe(label);
  });

  it.each([
    ['a company that was a number is no age', 'Apple Inc was 30 when it launched.', '30', 'age'],
    ['a level that was a number is no age', 'Inflation was 17 when the crisis hit.', '17', 'age'],
    ['a change noun followed by "in" names what changed', 'It reported a 5% rise in quarterly sales.', '5%', 'Revenue rise'],
    ['a larger unit alone labels no smaller part', 'The machine did the export in only 2 minutes and 38 seconds.', '38 seconds', 'minutes'],
  ])('not %s', (_, sentence, text, label) => {
    expect(labelOf(sentence, text)).not.toBe(label);
  });
});

describe('labels end at the noun phrase and read a figure by what it attaches to (s15 labels2)', () => {
  it.each([
    ['a name after the head itself is no verb', 'Three tech giants Apple, Google and Microsoft agreed to the deal.', 'Three', 'tech giants'],
    ['a verb before a name after a plural head ends the phrase', 'Four nations urge U.S. gas exports to Europe as winter nears.', 'Four', 'nations'],
    ['a negated auxiliary ends the phrase', 'Twenty workers haven\'t been paid since March.', 'Twenty', 'workers'],
    ['a negated auxiliary ends a compound', 'The chain said 20-piece chicken nuggets didn\'t sell as well as expected.', '20', 'piece chicken nuggets'],
    ['the part named after "of which"', 'The team found 1,000 bugs (264 of which were security vulnerabilities) in the code.', '264', 'security vulnerabilities'],
    ['the whole before "of which", with what became of the part', 'It reported over 300 timeout and out-of-memory failures (75% of which got fixed).', '75%', 'out-of-memory failures fixed'],
    ['money "for" what a reward pays', 'Eligible projects will receive $1,000 for initial integration, and up to $20,000 for ideal integration.', '$1,000', 'initial integration reward'],
    ['a coordinated reward', 'Eligible projects will receive $1,000 for initial integration, and up to $20,000 for ideal integration.', '$20,000', 'ideal integration reward'],
    ['a price "for" what it buys', 'It sits at a price that is quite comparable ($999 for base model) to others.', '$999', 'base model price'],
    ['a price before a dash and a product name in a list', '$149 – ProSense 57: GPS and HR; $349 – ProSense 347: double battery.', '$349', 'ProSense 347 price'],
    ['a count in brackets after a noun', 'The clinic has a long waiting list (about 300) for the surgery.', '300', 'long waiting list'],
    ['a share in brackets after a noun', 'The projects provide good code coverage (>80%) for the fuzzers.', '80%', 'good code coverage'],
    ['a share opening a clause of opinion', 'Fifty-one percent say that the economy is getting worse.', 'Fifty-one percent', 'share of respondents'],
    ['a share more than the amount before', 'The cost of interest is on track to hit $390 billion next year, nearly 50 percent more than in 2017.', '50 percent', 'cost of interest increase'],
  ])('%s', (_, sentence, text, label) => {
    expect(labelOf(sentence, text)).toBe(label);
  });

  it.each([
    ['a payment in a deal, which the deal restates', 'It paid $30 million for the land.', '$30 million', 'land price'],
    ['a time after "for"', 'Sales were $10 million for the year.', '$10 million', 'year price'],
    ['a share of a named group', 'About 30 percent of voters say the economy is improving.', '30 percent', 'share of respondents'],
    ['an amount in brackets, restated elsewhere with its own label', 'The company beat the analyst estimate ($6 million in both cases).', '$6 million', 'analyst estimate'],
    ['a comparison in brackets after a verb', 'Revenue rose 5% (up from 3% a year earlier).', '3%', 'rose'],
  ])('not %s', (_, sentence, text, label) => {
    expect(labelOf(sentence, text)).not.toBe(label);
  });
});

describe('labels of a deal after a superlative and of a pointing subject (s16 figs)', () => {
  it.each([
    ['a superlative whose noun is left out values the deal named before it', 'The deal is the startup’s fifth acquisition this year and its largest to date, valued at about $450 million.', '$450 million', 'acquisition value'],
    ['"to date" closing the phrase is no noun valued', 'It was the company’s biggest order to date, valued at $2 billion.', '$2 billion', 'order value'],
  ])('%s', (_, sentence, text, label) => {
    expect(labelOf(sentence, text)).toMatch(new RegExp(`(?:^|\\s)${label}$`));
  });
  it.each([
    ['"It" after a subject that grew', 'Revenue at the cloud unit grew to $4.2 billion.', 'It was up 28% from the same quarter last year.', '28%', 'revenue rise'],
    ['"They now number" after a count', 'Netflix added 8.8 million subscribers.', 'They now number 222 million.', '222 million', 'subscribers'],
    ['"It" after a possessor\'s subject', 'The bank\'s stock has been hammered this year.', 'It is down 60% since January.', '60%', 'bank stock fall'],
    ['"It" changing after an amount: the amount\'s thing', 'Apple reported iPhone revenue of $43.8 billion.', 'It was up 3% from last year.', '3%', 'revenue rise'],
    ['"It" after a sentence with no amount: its subject', 'Retail sales in the region slumped in March.', 'It was down 60% from a year earlier.', '60%', 'Retail sales fall'],
  ])('reads %s', (_name, previous, sentence, text, label) => {
    expect(findFigures(sentence, { language: 'en', previous }).find((f) => f.text === text)?.label).toBe(label);
  });
  it('a camel-case name keeps its number in a subject', () => {
    expect(labelOf('Sales of the iPhone 15 rose 12% in the quarter.', '12%')).toMatch(/iPhone 15/);
  });
  it('a plural pointer before a share takes no count label', () => {
    expect(findFigures('They now make up 40% of the market.', { language: 'en', previous: 'Netflix added 8.8 million subscribers.' })[0]?.label).not.toBe('subscribers');
  });
});

describe('a table row\'s figure is named by its column header and its row (s16 figs)', () => {
  const header = ['County', 'Unemployment rate', 'Jobs added'];
  it('reads the header of the figure\'s column, after a short row name', () => {
    const row = 'Harris | 4.1% | 12,400';
    expect(columnLabel(row, row.indexOf('4.1%'), header, '4.1%')).toBe('Harris unemployment rate');
    expect(columnLabel('Film | 1998 | She needs 100,000 marks in twenty minutes', 20, ['Title', 'Year', 'Plot'], '100,000')).toBeNull();
    expect(columnLabel('DL | Larry Ogunjobi | 63 | 85%', 22, ['Pos', 'Player', 'Plays', '%'], '63')).toBe('Larry Ogunjobi plays');
    expect(columnLabel(row, row.indexOf('12,400'), header)).toBe('Harris jobs added');
  });
  it('reads the row name alone under a header of years, and nothing in the first cell or without names', () => {
    expect(columnLabel('Revenue | $4.2bn | $3.9bn', 10, ['Item', '2019', '2020'])).toBe('Revenue');
    expect(columnLabel('Harris | 4.1%', 0, null)).toBeNull();
    expect(columnLabel('The county that is home to Houston | 4.1%', 36, ['County', '2019'])).toBeNull();
  });
  it('labels the figures of a table\'s long rows on a page by their columns', () => {
    const rows = [['Harris County, the state’s most populous, home to Houston and its suburbs.', '4.1%', '12,400'], ['Dallas County, which includes the city of Dallas and many inner suburbs.', '3.8%', '9,100']];
    const html = `<html><body><article><p>The state released its annual unemployment figures on Monday, showing that joblessness fell in most counties as the recovery spread, according to the labor department.</p><table><tr><th>County</th><th>Unemployment rate</th><th>Jobs added</th></tr>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table><p>The governor said the numbers showed his policies were working, while critics said wages had not kept pace with prices.</p></article></body></html>`;
    expect(extractFacts(html, 'https://news.example/a').figures.map((f) => [f.text, f.label])).toEqual([['4.1%', 'unemployment rate'], ['12,400', 'jobs added'], ['3.8%', 'unemployment rate'], ['9,100', 'jobs added']]);
  });
});

describe('headerCells: a table header row names its columns', () => {
  it('takes cells in words or years, never a data row', () => {
    expect(headerCells('County | Unemployment rate | Jobs added')).toEqual(['County', 'Unemployment rate', 'Jobs added']);
    expect(headerCells('Item | 2019 | FY2020 | Q3 2021')).toEqual(['Item', '2019', 'FY2020', 'Q3 2021']);
    expect(headerCells('Harris | 4.1% | 12,400')).toBeNull();
  });
});

describe('labels cut to the noun phrase (review of 45 real pages)', () => {
  it.each([
    ['no page word', 'Tested by: John Milbank RRP: £23.99 More info: www.clymer.co.uk', '£23.99', null],
    ['no verb of the writer', "Like we've been saying for nearly four years now, it is time.", 'four years', null],
    ['no verb and object', 'We are in Denver so I boiled mine for 20 minutes.', '20 minutes', null],
    ['no verb after the noun phrase', 'The 180 page coffee-table publication comes with a 10-inch vinyl.', '180', 'page coffee-table publication'],
    ['no verb after a compound duration', 'With Fast Fuel, a 5-minute charge gives you 1 hour of playback.', '5-minute', 'charge'],
    ['no sentence that ran on without its period', 'Final Cut was updated The previous generation took 4 minutes and 15 seconds.', '4 minutes and 15 seconds', 'previous generation time'],
    ['no predicate after an adverb', 'Drinking water 30 minutes before a meal significantly decreased hunger.', '30 minutes', 'minutes before a meal'],
    ['no second predicate after "and"', 'Please take a minute of time and write to us.', 'a minute', 'minute of time'],
    ['no dangling "de"', 'The show features the $132,000 Grand Prix de Penn National.', '$132,000', 'Grand Prix'],
    ['an "of" phrase read through an adjectival participle', 'Mix two tablespoons of vegetarian refried beans with salsa.', 'two', 'tablespoons of vegetarian refried beans'],
    ['no "of" cut inside its noun phrase', 'Mix two tablespoons of vegetarian dressed beans with salsa.', 'two', 'tablespoons'],
    ['an advertised rate', 'That is down from the typical $165 holiday advertised rate you will find at other retailers.', '$165', 'holiday advertised rate'],
    ['no verb in the past after a count', 'Twenty police fired shots at the crowd.', 'Twenty', 'police'],
    ['no "of" and an adjective', 'Three sizes of soft, tapered silicone tips for a fit.', 'Three', 'sizes'],
    ['a score after "scored a"', 'In the browser test the new machine scored a 129 on each run.', '129', 'score'],
    ['what a verb decreased by a share', 'Drinking water decreased the number of calories consumed by 13%, compared with a control group.', '13%', 'calories decrease'],
    ['what a verb decreased by an average', 'It decreased daily calorie intake by an average of 441 calories.', '441 calories', 'calorie intake decrease'],
    ['the price of a product named after its specs', 'Satechi’s awesome $29 72W USB-C PD Car Charger is the first car charger I tested.', '$29', 'USB-C PD Car Charger price'],
    // Counter-cases: labels that were right stay.
    ['a price before a lower-case noun', 'The $49 charging brick regularly goes on sale.', '$49', 'charging brick price'],
    ['no score for a count with its noun', 'He scored 25 points in the game.', '25 points', 'points'],
    ['no score without the article', 'The team managed 12 shots on goal.', '12', 'shots'],
    ['no score for "one" after an article', 'The team managed a one-goal lead.', 'one', 'goal lead'],
    ['an "of" phrase that ends', 'Mix two tablespoons of salsa into it.', 'two', 'tablespoons of salsa'],
    ['a count of an offence', 'Each defendant is charged with one count of conspiring to falsify records.', 'one', 'count of conspiring'],
    ['a predicate said of the subject before the figure', 'The dock still drained the battery to the tune of 4% per hour.', '4%', 'dock still drained the battery'],
    ['a share of people by what they say', 'About 40% of voters say they will back him.', '40%', 'voters saying they will back him'],
    ['infinitives joined by "and"', 'It takes developers more than a month to onboard and become productive.', 'a month', 'time to onboard and become productive'],
    ['a participle after the counted noun', 'The strike left 4,000 engineers affected.', '4,000', 'engineers affected'],
  ])('%s', (_name, sentence, text, label) => {
    expect(labelOf(sentence, text)).toBe(label);
  });
  it('cuts a German label before a preposition that opens the next phrase', () => {
    const sentence = 'Die Daten werden bei 12-monatiger Nichtnutzung nach 28 Tagen gelöscht.';
    const at = sentence.indexOf('12-monatiger');
    expect(foreignLabel(sentence, at, at + 12, 'duration', 'de')).toBe('Nichtnutzung');
  });
});

describe('labels of fresh probe passages (s18 figs)', () => {
  it.each([
    ['a possessor before "X of" is no part of the noun', 'The startup’s seed round of $1.5 million was led by Andreessen Horowitz.', '$1.5 million', 'seed round'],
    ['(a plain "X of" keeps its modifiers)', 'The bank has total assets of $2 billion.', '$2 billion', 'total assets'],
    ['the verb that states an amount is no part of its noun', 'The bank reported total assets of $2 billion.', '$2 billion', 'total assets'],
    ['(nor its subject)', 'The company posted net income of $5 million.', '$5 million', 'net income'],
    ['a term of probation is no prison sentence', 'He was sentenced to five years of probation.', 'five years', 'probation'],
    ['(a bare term after "sentenced" is one)', 'He was sentenced to 10 years.', '10 years', 'prison sentence'],
    ['acts counted in millions of times name their noun', 'The app has been downloaded over 5 million times since its launch.', '5 million', 'downloads'],
    ['(other verbs say what was done that many times)', 'He has been arrested 100 times.', '100 times', 'times arrested'],
    ['a funding series after the amount is a round', 'Frontback has raised a $19 million Series B led by Accel Partners.', '$19 million', 'Series B round'],
    ['(a product name after the amount is priced)', 'The $1,000 Meta Quest Pro is out now.', '$1,000', 'Meta Quest Pro price'],
    ['a file size after "weighs in at"', 'The update weighs in at 22MB.', '22MB', 'update size'],
    ['a file size after "size down to"', 'The update brings the app’s size down to 14 MB.', '14 MB', 'app size'],
    ['(a weight in pounds stays a weight)', 'The fish weighs 12 pounds at the dock.', '12 pounds', 'weight'],
    ['a distance "within N miles of" a place', 'The asteroid will pass within 745,000 miles of Earth.', '745,000 miles', 'distance from Earth'],
    ['(no distance without "within")', 'The asteroid is about 300 meters wide.', '300 meters', 'width'],
    ['a change after a count set in a period', 'Samsung sold 78.1 million smartphones in the third quarter, down 8.6% from a year earlier.', '8.6%', 'smartphones fall'],
    ['(and after a count alone)', 'Apple sold 78.1 million smartphones, down 8.6%.', '8.6%', 'smartphones fall'],
    ['the second of two amounts "priced at" is a price too', 'It comes in two versions priced at $649 and $699.', '$699', 'versions price'],
    ['(an amount "valued at" is a value)', 'The deal is valued at $5 billion.', '$5 billion', 'deal value'],
    ['an amount stolen', 'He stole more than $4 million from investors.', '$4 million', 'amount stolen'],
    ['an amount set aside', 'The automaker has set aside $400 million to compensate victims.', '$400 million', 'funds set aside'],
    ['a price per month of the clause’s subject', 'Netflix’s basic plan is $7.99 a month.', '$7.99', 'basic plan price per month'],
    ['(a money noun per month is no price)', 'Revenue is $2 billion a year.', '$2 billion', 'revenue per year'],
    ['(a pronoun subject names nothing: the verb’s noun)', 'The war is costing the country $40 million a day.', '$40 million', 'cost per day'],
    ['savings per year', 'The state is expected to save $150 million to $250 million a year.', '$150 million to $250 million', 'savings per year'],
  ])('%s', (_name, sentence, text, label) => {
    expect(labelOf(sentence, text)).toBe(label);
  });
});

describe('labels of screens, distances and heights (s18 figs)', () => {
  it.each([
    ['a screen’s technology between its size and the screen', 'The phone has a 5-inch AMOLED display.', '5-inch', 'AMOLED display'],
    ['a resolution between a size and the screen', 'It has a 5.5-inch 1080p display.', '5.5-inch', 'display'],
    ['a distance travelled', 'The balloons have flown more than 3 million kilometers.', '3 million kilometers', 'distance flown'],
    ['(a distance from a place)', 'The town is 30 miles from Boston.', '30 miles', 'distance from Boston'],
    ['a height above the ground', 'Each balloon floats about 20 km above the ground.', '20 km', 'altitude'],
    ['an elevation', 'The peak rises 8,848 meters above sea level.', '8,848 meters', 'elevation'],
    ['the smallest option of the subject', 'Storage starts at 16GB and goes up to 128GB.', '16GB', 'storage'],
    ['a margin of victory', 'The governor won 54% of the vote, beating his rival by 12 points.', '12 points', 'margin'],
    ['(points a player had are points)', 'Rondo had eight points.', 'eight points', 'points'],
    ['a losing margin', 'Jim Hood lost by five-and-a-half points.', 'five-and-a-half points', 'margin'],
    ['(an index that lost points fell)', 'The Dow lost 30 points.', '30 points', 'Dow loss'],
    ['a sum a court sets is named by its noun', 'Bail was set at $1 million.', '$1 million', 'Bail'],
    ['(a stock closes at a price)', 'The stock closed at $20.', '$20', 'stock close'],
    ['(and its largest)', 'Storage starts at 16GB and goes up to 128GB.', '128GB', 'storage'],
    ['(a pronoun names nothing)', 'It starts at 16GB.', '16GB', null],
    ['a chip’s frequency is its clock speed', 'Under the hood is a 2.5GHz quad-core Snapdragon 805 processor.', '2.5GHz', 'clock speed'],
    ['(a frequency before another noun names that)', 'The radio uses the 2.4GHz band.', '2.4GHz', 'band'],
    ['no verb of price after the thing sized', 'A 12-ounce bag sells for $7.99.', '12-ounce', 'bag'],
    ['no "costs" after a singular noun before an amount', 'Its 64GB version costs $749.', '64GB', 'version'],
    ['("labor costs" is a noun)', 'It cut 5% of labor costs.', '5%', 'labor costs'],
    ['a model’s number inside the name that costs', 'The iPhone 6 Plus costs $299 on contract.', '$299', 'iPhone 6 Plus price'],
    ['(a year before the noun that costs is no name)', 'The 2015 model costs $30,000.', '$30,000', 'cost'],
    ['a share "more than" a year before grows the count before it', 'Amazon will hire 100,000 seasonal workers this year, 20% more than last year.', '20%', 'seasonal workers increase'],
    ['(and the amount before it)', 'It sold $5 million of bonds, 10% more than planned.', '10%', 'bonds increase'],
  ])('%s', (_name, sentence, text, label) => {
    expect(labelOf(sentence, text)).toBe(label);
  });
  it('a size in a product’s name stays no figure', () => {
    expect(findFigures('The 16-inch MacBook Pro is out.', { language: 'en' })).toEqual([]);
  });
});

describe('labels of wire-style market, earnings and news passages (s19 labels)', () => {
  it.each([
    ['a relative clause between the subject and its verb', 'The company said revenue in the quarter, which ended on Sept. 30, rose 12% to $4.1 billion.', '12%', 'revenue rise'],
    ['an apposition between the subject and its verb', 'Same-store sales, a key measure of retail performance, fell 2.4% in the quarter.', '2.4%', 'Same-store sales fall'],
    ['(a clause after a comma that opens no apposition stays a boundary)', 'Prices were stable, traders said, while gold fell 2%.', '2%', 'gold fall'],
    ['a margin widens to a level', 'Gross margin widened to 61.4% from 58.9%.', '61.4%', 'Gross margin widening'],
    ['a margin narrowed by points reaches a level', 'Gross margin narrowed by 90 basis points to 38.1%.', '38.1%', 'Gross margin'],
    ['a valuation multiple of earnings', 'Dalton’s trades at about 13 times forward earnings.', '13 times', 'forward earnings multiple'],
    ['(a count of times stays a repetition)', 'He has been arrested 13 times.', '13 times', 'times arrested'],
    ['what forecasters expected after a figure of the same kind', 'Revenue slipped 1.8% to $6.3 billion, short of the $6.45 billion Wall Street expected.', '$6.45 billion', 'expected revenue'],
    ['(a rate after the expected amount names it)', 'Analysts were expecting $2.52 a share on revenue of $27.5 billion.', '$2.52', 'earnings per share'],
    ['(an adjectival "estimated" only hedges)', 'Analysts said the fire destroyed an estimated $12 million worth of Bitcoin.', '$12 million', 'Bitcoin'],
    ['a share after ", or" restates the amount before it', 'Brent crude fell as much as $6.50 a barrel, or 8.4%, to $71.25.', '8.4%', 'Brent crude fall'],
    ['the second mover of an absolute "with" clause', 'Oil shares slumped, with BP down 4.1% and Royal Dutch Shell off 3.7%.', '3.7%', 'Royal Dutch Shell fall'],
    ['a forecast cut to a level', 'Analysts cut their forecast for Brent next year to $83 from $100.', '$83', 'Brent forecast'],
    ['a rate of barrels a day names the flow', 'Saudi Arabia, which pumps about 9.7 million bpd, resisted calls for a cut of up to 2 million bpd.', '2 million', 'output cut'],
    ['(output when no other flow is named)', 'Saudi Arabia pumps about 9.7 million bpd.', '9.7 million', 'oil output'],
    ['a share of the total is its subject’s', 'Online sales, which make up about 15% of the total, grew 22%.', '15%', 'Online sales share'],
    ['a session of trading is no object of a price', 'Shares of Harlow rose 6% to $53.20 in extended trading.', '$53.20', 'Harlow shares price'],
    ['a change per year of the clause’s subject', 'He said wages had fallen by £1,600 a year since 2010.', '£1,600', 'wages fall per year'],
    ['an amount bought back', 'The company said it would buy back up to $2 billion of its shares.', '$2 billion', 'share buyback'],
    ['an amount paid back', 'He was ordered to pay back £1.1m.', '£1.1m', 'repayment'],
    ['a time allowed is no prison term', 'He was ordered to pay back £1.1m within three months or face a further four years in prison.', 'three months', 'deadline to pay'],
    ['hours of unpaid work are no prison sentence', 'She was given a suspended sentence and ordered to carry out 200 hours of unpaid work.', '200 hours', 'unpaid work'],
    ['a count of "the injured"', 'Police said 11 of the injured were in a serious condition.', '11', 'injured'],
    ['(an adjective before its noun stays a modifier)', 'Two of the dead men were brothers.', 'Two', 'dead men'],
    ['a range of ages', 'The dead were aged between 64 and 79.', 'between 64 and 79', 'age'],
    ['a word that could be a verb after a determiner is a noun', 'The party more than doubled its support to 11.4%.', '11.4%', 'support'],
    ['a period after the subject places it', 'The rouble slumped, bringing its losses this year to more than 40%.', '40%', 'losses'],
    ['a change after a count and a comma is the count’s', 'Almost 1.8 million people attended A&E units in the period, up 3.5% on last year.', '3.5%', 'people rise'],
    ['an amount in pounds with a scale is money, not weight', 'Mortgage lending grew 4% to 112 billion pounds.', '112 billion pounds', 'mortgage lending'],
    ['(pounds without a scale still weigh)', 'The fish weighs 12 pounds at the dock.', '12 pounds', 'weight'],
    ['a date ending the period is no subject', 'Pretax profit for the six months to June 30 was 1.21 billion pounds.', '1.21 billion pounds', 'Pretax profit'],
    ['a qualifier after an apposition', 'Impairment charges, the money set aside for bad loans, more than doubled to 640 million pounds.', '640 million pounds', 'impairment charges rise'],
    ['a dividend per share in pence', 'The bank cut its interim dividend by a third to 2.1 pence a share.', '2.1', 'dividend per share'],
    ['(earnings per share stay earnings)', 'The bank earned 2.1 pence a share.', '2.1', 'earnings per share'],
    ['a term before a second modifier and its noun', 'He agreed a 13-year, $325m contract extension with Miami.', '13-year', 'contract extension'],
    ['a duration the copula states', 'The average wait for a routine operation is now 9.5 weeks.', '9.5 weeks', 'average wait'],
    ['(a pronoun subject names nothing)', 'It is now 9.5 weeks.', '9.5 weeks', null],
    ['a placing’s share is the share before it', 'It won 38.2% of the vote, while the Democratic Union came second with 29.7%.', '29.7%', 'vote'],
    ['(a share "with" no placing names no other)', 'The Democratic Union did well with 29.7%.', '29.7%', null],
    ['an average after the amount', 'About 7.1 billion shares changed hands, above the 6.4 billion average over the last 20 days.', '6.4 billion', 'shares average'],
    ['(an average before its noun modifies it)', 'The firm has 6.4 billion average daily users.', '6.4 billion', 'average daily users'],
    ['points added to a measure', 'A 10% fall in oil prices adds about 0.2 percentage points to global growth.', '0.2 percentage points', 'global growth'],
  ])('%s', (_name, sentence, text, label) => {
    expect(labelOf(sentence, text)).toBe(label);
  });
  it('an expected amount after a sentence names the measure of its last figure', () => {
    const figures = findFigures('The company said revenue rose 12% to $4.1 billion. Analysts on average had expected $3.95 billion.', { language: 'en' });
    expect(figures.find((f) => f.text === '$3.95 billion')?.label).toBe('expected revenue');
  });
});
