import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/extract/extract-facts.ts';
import { findFigures } from '../../src/extract/figures.ts';

// Labels read from the sentence's structure (issue 9): coordinations, clause subjects, relative clauses, earlier values.
describe('figure labels from sentence structure', () => {
  it.each([
    ['figures joined by "and" share the complement after the last', 'The cars have 71 kWh and 95 kWh of battery capacity.', [['71 kWh', 'battery capacity'], ['95 kWh', 'battery capacity']]],
    ['figures joined by "and" share the noun after the last', 'It claims a 20% and 16% improvement.', [['20%', 'improvement'], ['16%', 'improvement']]],
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
    ['no verb phrase from a noun before another figure', 'Payments went out, to the tune of $28 billion over the past two years.', [['$28 billion', 'tune'], ['two years', null]]],
    ['a unit that measures one quantity', 'The car cranks out 300 kW, and the CPU runs at 1.2GHz.', [['300 kW', 'power'], ['1.2GHz', 'clock speed']]],
    ['an area in square units, a weight in pounds', 'He clocked in at 243 pounds on the most beautiful 87 square miles.', [['243 pounds', 'weight'], ['87 square miles', 'area']]],
    ['a hyphenated mass unit describes the noun', 'I prefer 8-ounce jelly jars.', [['8-ounce', null]]],
    ['years of what fills them, not an age', 'After 12 years of waiting, by 11 months of age and something.', [['12 years', 'years of waiting'], ['11 months', 'age']]],
    ['the years as what someone has been', 'Bassi, 43 years a fisherman, keeps an eye on it.', [['43 years', 'years as fisherman']]],
    ['no event from a noun after a preposition', 'Nearly one year later, the project (from which it was forked) was cut loose from Oracle and found a new home.', [['one year', null]]],
    ['the object of a gerund that changes it', 'The tariffs would cut output, while lowering wages by 0.16 percent.', [['0.16 percent', 'wages cut']]],
    ['the noun an absolute "with" clause moves', 'The index rose 0.05%, with the euro EUR= up 0.05%.', [['0.05%', 'index rise'], ['0.05%', 'euro rise']]],
    ['the level after a change "by"', 'The yield on the 10-year note has risen by half a percentage point, to 3.1 percent.', [['half a percentage point', 'yield rise'], ['3.1 percent', 'yield']]],
    ['a share of a counted whole', 'Portugal converted half of its four chances.', [['half', 'chances'], ['four', 'chances']]],
    ['the deadline an order sets', 'It also ordered the country’s striking doctors to return to work within 48 hours.', [['48 hours', 'deadline to return to work']]],
    ['the deadline a requirement sets', 'Customs typically requires payment within 10 days of their shipments clearing customs.', [['10 days', 'payment deadline']]],
    ['no deadline without an order', 'The steroids had a transformative effect within 2 days.', [['2 days', null]]],
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
    ['no time taken by a first time', 'They will tour together for the first time in nearly 25 years.', [['25 years', null]]],
    ['no time taken by a present clause', 'These teams meet again in Oklahoma City in three days.', [['three days', null]]],
    ['a share of modifiers joined before one plural head', 'In 1960, women held 27 percent of computing and math-related jobs.', [['27 percent', 'computing and math-related jobs']]],
    ['no label from a verb before another number', 'A cell meant for 35 held 155 adult males.', [['35', null], ['155', 'adult males']]],
    ['"closer to" names nothing', 'In Spain it is over 40 percent, while in the United Kingdom it is closer to 30 percent.', [['40 percent', null], ['30 percent', null]]],
    ['a common possessor in an "of"-complement owns the whole, it is not it', 'The protest closed more than half of the state’s school districts.', [['half', 'school districts']]],
    ['"another" before a possessor keeps it', 'He relives the last eight minutes of another person’s life.', [['eight minutes', 'minutes of another person’s life']]],
    ['a rate joined to an amount by hyphens is no label', 'They live in a $35-a-night motel called the Magic Castle.', [['$35', 'motel price']]],
    ['a player’s tally is no market gain', 'Danilo Gallinari added 25 points in his former home arena.', [['25 points', 'Danilo Gallinari points']]],
    ['an index’s points are its gain', 'The Dow Jones Industrial Average added 250 points on Monday.', [['250 points', 'Dow Jones Industrial Average gain']]],
    ['the time since an event, before the clause’s topic', 'There has been a lot of change in the ticketing industry over the past six years since I joined the company.', [['six years', 'years since I joined the company']]],
    ['what lasts "for" a time, before the event after it', 'The jury deliberated for less than 10 minutes before convicting Webb.', [['10 minutes', 'jury deliberated']]],
    ['a number joined to its unit modifies the head before "of"', 'Sales are down from the prior 12-month average of 15.2 percent.', [['12-month', null], ['15.2 percent', '12-month average']]],
  ])('labels %s', (_name, sentence, expected) => {
    expect(findFigures(sentence).map((f) => [f.text, f.label])).toEqual(expected);
  });
});

describe('figure labels from the sentence before', () => {
  it('reads "that number" as the figure of the sentence before', () => {
    const html = `<html><head><title>Potholes</title></head><body><article><h1>Potholes</h1>
      <p>The city spends a lot of money on its streets every single year, officials said on Monday in a statement.
      Currently, the department has 25 crews repairing potholes. During peak pothole-repair season in early March, that number can expand to more than 60.</p>
      <p>Nothing in this paragraph refers back to anything at all, and it has no figure in it either, which is fine.</p></article></body></html>`;
    const sheet = extractFacts(html, 'https://example.com/potholes', { publishedAt: new Date('2020-01-01') });
    expect(sheet.figures.map((f) => [f.text, f.label])).toEqual([['25', 'crews'], ['60', 'crews']]);
  });
});
