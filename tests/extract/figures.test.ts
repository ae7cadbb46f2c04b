import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/extract/extract-facts.ts';
import { figureLanguage, findFigures, isCountEntry, isSpecLine, nameNumbers, sameFigure } from '../../src/extract/figures.ts';

type Expected = { text: string; kind: string; value: number | string | { from: number; to: number }; approx: boolean; label: string | null; currency?: string; unit?: string };

const one = (sentence: string, language?: string): Expected[] =>
  findFigures(sentence, { language: language ?? 'en' }).map((f) => {
    const out: Expected = { text: f.text, kind: f.kind, value: f.value, approx: f.approx, label: f.label };
    if (f.currency) out.currency = f.currency;
    if (f.unit) out.unit = f.unit;
    return out;
  });

describe('findFigures: counts', () => {
  it.each([
    ['a multiplier word', 'It logged 28 million interactions with Claude.', { text: '28 million', kind: 'count', value: 28_000_000, approx: false, label: 'interactions' }],
    ['a tilde as a hedge', 'Researchers found ~25,000 fake accounts.', { text: '~25,000', kind: 'count', value: 25_000, approx: true, label: 'fake accounts' }],
    ['"-plus" as a hedge', 'It has 200,000-plus users.', { text: '200,000-plus', kind: 'count', value: 200_000, approx: true, label: 'users' }],
    ['a plain count', 'The company employs 3,400 engineers.', { text: '3,400', kind: 'count', value: 3_400, approx: false, label: 'engineers' }],
    ['"bn" glued to the number', 'The app has 1.5bn downloads.', { text: '1.5bn', kind: 'count', value: 1_500_000_000, approx: false, label: 'downloads' }],
    ['a number word with a multiplier', 'About two million people signed up.', { text: 'two million', kind: 'count', value: 2_000_000, approx: true, label: 'people' }],
    ['"more than" as a hedge', 'More than 1,000 staff were cut.', { text: '1,000', kind: 'count', value: 1_000, approx: true, label: 'staff cut' }],
    ['"nearly" as a hedge', 'Nearly 40 stores will close.', { text: '40', kind: 'count', value: 40, approx: true, label: 'stores' }],
    ['a participle that says what befell them', 'It recalled 1.2 million inhalers sold in May.', { text: '1.2 million', kind: 'count', value: 1_200_000, approx: false, label: 'inhalers sold' }],
  ])('reads %s', (_name, sentence, expected) => {
    expect(one(sentence)).toEqual([expected]);
  });
});

describe('findFigures: money', () => {
  it.each([
    ['dollars with a multiplier, labelled as funding', 'The startup raised $1.2 billion from investors.', { text: '$1.2 billion', kind: 'money', value: 1_200_000_000, approx: false, label: 'funding from investors', currency: 'USD' }],
    ['euros with "m"', 'It took on €300m in debt.', { text: '€300m', kind: 'money', value: 300_000_000, approx: false, label: 'debt', currency: 'EUR' }],
    ['pounds', 'The regulator imposed a £45,000 fine.', { text: '£45,000', kind: 'money', value: 45_000, approx: false, label: 'fine', currency: 'GBP' }],
    ['"US$"', 'Tickets cost US$5 each.', { text: 'US$5', kind: 'money', value: 5, approx: false, label: 'tickets cost', currency: 'USD' }],
    ['a currency word after the number, labelled by its noun', 'The city received 5 million euros in grants.', { text: '5 million euros', kind: 'money', value: 5_000_000, approx: false, label: 'grants', currency: 'EUR' }],
    ['a valuation', 'Investors valued the company at $10 billion.', { text: '$10 billion', kind: 'money', value: 10_000_000_000, approx: false, label: 'valuation', currency: 'USD' }],
    ['revenue', 'Annual revenue reached $5.3 billion.', { text: '$5.3 billion', kind: 'money', value: 5_300_000_000, approx: false, label: 'annual revenue', currency: 'USD' }],
    ['yen, labelled by what is worth it', 'The deal is worth ¥120 billion.', { text: '¥120 billion', kind: 'money', value: 120_000_000_000, approx: false, label: 'deal value', currency: 'JPY' }],
  ])('reads %s', (_name, sentence, expected) => {
    expect(one(sentence)).toEqual([expected]);
  });

  it('labels each amount by the nearest keyword', () => {
    expect(one('It raised $50 million at a $1 billion valuation.').map((f) => f.label)).toEqual(['funding', 'valuation']);
  });
});

describe('findFigures: percentages, durations, versions, ranges', () => {
  it.each([
    ['"%"', 'Uptime was 99% last quarter.', { text: '99%', kind: 'percent', value: 99, approx: false, label: 'uptime', unit: '%' }],
    ['"percent" with an "of" label', 'Roughly 12 percent of employees quit.', { text: '12 percent', kind: 'percent', value: 12, approx: true, label: 'employees', unit: '%' }],
    ['"per cent", labelled by the subject of the change', 'Cover rose to 38 per cent.', { text: '38 per cent', kind: 'percent', value: 38, approx: false, label: 'cover rise', unit: '%' }],
    ['days', 'Staff have 10 days to switch.', { text: '10 days', kind: 'duration', value: 10, approx: false, label: 'time to switch', unit: 'days' }],
    ['a number word with a unit', 'The review takes two weeks.', { text: 'two weeks', kind: 'duration', value: 2, approx: false, label: 'review time', unit: 'weeks' }],
    ['months, labelled by the verb they measure', 'The plant is delayed by 18 months.', { text: '18 months', kind: 'duration', value: 18, approx: false, label: 'delay', unit: 'months' }],
    ['a hyphenated duration naming what lasts', 'They set a 90-day window.', { text: '90-day', kind: 'duration', value: 90, approx: false, label: 'window', unit: 'days' }],
    ['"v" versions', 'Claude Code v2.1.91 was hidden.', { text: 'v2.1.91', kind: 'version', value: '2.1.91', approx: false, label: 'Claude Code' }],
    ['"version" versions', 'It shipped version 2.1.91 today.', { text: 'version 2.1.91', kind: 'version', value: '2.1.91', approx: false, label: null }],
    ['a money range sharing its multiplier', 'The deal is worth $10-$20 million.', { text: '$10-$20 million', kind: 'range', value: { from: 10_000_000, to: 20_000_000 }, approx: false, label: 'deal value', currency: 'USD' }],
    ['"between … and …"', 'There were between 5 and 10 bidders.', { text: 'between 5 and 10', kind: 'range', value: { from: 5, to: 10 }, approx: false, label: 'bidders' }],
  ])('reads %s', (_name, sentence, expected) => {
    expect(one(sentence)).toEqual([expected]);
  });

  it('gives a range its two ends', () => {
    const [range] = findFigures('The deal is worth $10-$20 million.');
    expect(range?.value).toEqual({ from: 10_000_000, to: 20_000_000 });
  });

  it('reads "rose from 10 to 20" as two figures, not a range', () => {
    expect(one('Prices rose from 10 to 20 dollars.').map((f) => f.kind)).not.toContain('range');
  });
});

describe('findFigures: what is not a figure', () => {
  it.each([
    ['a year', 'The company was founded in 2026.'],
    ['a date', 'The ban starts July 10, 2026.'],
    ['a day-first date', 'It launched on 10 July.'],
    ['a clock time', 'Trading closed at 4:30 p.m.'],
    ['a wire-style clock time', 'It traded at that level by 1040 GMT.'],
    ['an ordinal', 'It ranked 3rd in the survey.'],
    ['a rank', 'It is No. 3 in the market.'],
    ['a phone number', 'Call 555-123-4567 for details.'],
    ['a product name', 'The iPhone 15 Pro and COVID-19 and the F-35 and GPT-4.'],
    ['the digits inside a version', 'Version 2.1.91 shipped.'],
    ['an article read as "one"', 'It happens once a week.'],
    ['a capitalised unit inside a title-case name', 'It aired as part of the Showtime 30-Minute Movie anthology series.'],
  ])('skips %s', (name, sentence) => {
    const kinds = one(sentence).filter((f) => f.kind !== 'version');
    expect(kinds, name).toEqual([]);
  });
});

describe('findFigures: issue 9 — names, values as written, qualifiers, labels', () => {
  it.each([
    ['model numbers', 'Boeing won an order for 30 787-9 Dreamliner jets and 50 A350-900 jets.', [['30', 30, 'jets'], ['50', 50, 'jets']]],
    ['index names', 'The S&P 500 rose 0.5% and the STOXX 600 gained 1.2%, while the FTSE 100 fell.', [['0.5%', 0.5, 'S&P 500 rise'], ['1.2%', 1.2, 'STOXX 600 gain']]],
    ['diseases, ranked lists, routes and datelines', 'DUBAI, Nov 20 (Reuters) - 20194 Covid-19 cases at Fortune 500 companies on route 66.', []],
    ['product names', 'It runs on the iPhone 15 and Windows 10.', []],
    ['scores and votes', 'The Patriots won 24-17 after a 3-1 vote.', []],
    ['addresses and phone numbers', 'Call 555-123-4567 or visit 1600 Pennsylvania Avenue.', []],
  ])('reads %s', (_name, sentence, expected) => {
    expect(findFigures(sentence).map((f) => [f.text, f.value, f.label])).toEqual(expected);
  });

  it('reads one unit of time measured by "for" or filled by an "of"-noun, not an idiom or an ordinal', () => {
    expect(findFigures('She wore it for a year, after a minute of silence.').map((f) => [f.text, f.kind, f.value])).toEqual([['a year', 'duration', 1], ['a minute', 'duration', 1]]);
    expect(findFigures('A day of reckoning came for a second time, for a second pin, a year ago.').filter((f) => f.kind === 'duration')).toEqual([]);
    expect(findFigures('Farmers have barely a month to clear fields, only a week after the harvest.').map((f) => [f.text, f.value])).toEqual([['a month', 1]]);
  });

  it('reads "N more" units and plural nouns, not one more second nor a comparison', () => {
    expect(findFigures('He would not publish it for three more years; they isolated three more noble gases.').map((f) => [f.text, f.kind, f.value])).toEqual([['three more years', 'duration', 3], ['three', 'count', 3]]);
    expect(findFigures('Nobody should endure this for one more second; he has four more than his average.')).toEqual([]);
  });

  it('counts repetitions at a rate or in a period ("three times a week", "four times this month"), not a multiple', () => {
    expect(findFigures('They ate them at least three times a week and voted four times this month.').map((f) => [f.text, f.value, f.qualifier])).toEqual([['three times', 3, 'at least'], ['four times', 4, null]]);
    expect(findFigures('It costs three times a normal salary.')).toEqual([]);
  });

  it('reads money in more currencies: naira (also "N500m", never "N95"), roubles, shekels, bitcoins', () => {
    expect(findFigures('They wore N95 masks and sought N500m, ₦2,000, 300 roubles, 5 million shekels and 1.81 bitcoins.').map((f) => [f.text, f.kind, f.value, f.currency])).toEqual([
      ['N500m', 'money', 500_000_000, 'NGN'], ['₦2,000', 'money', 2000, 'NGN'], ['300 roubles', 'money', 300, 'RUB'], ['5 million shekels', 'money', 5_000_000, 'ILS'], ['1.81 bitcoins', 'money', 1.81, 'BTC'],
    ]);
  });

  it('reads ages: "at the age of 9", "in her 80s", "their mid-50s", not "the 80s"', () => {
    expect(findFigures('At the age of 9, he fell ill; a woman in her 80s and actresses in their mid-50s liked the 80s.').map((f) => [f.text, f.value, f.label])).toEqual([
      ['9', 9, 'age'], ['80s', { from: 80, to: 89 }, 'age'], ['mid-50s', 55, 'age'],
    ]);
  });

  it('counts a run "in a row" by an ordinal and its noun or a bare cardinal', () => {
    expect(findFigures('They won for the seventh year in a row; Winnipeg has won three in a row, a second time in a row.').map((f) => [f.text, f.value, f.label])).toEqual([
      ['seventh year in a row', 7, 'years in a row'], ['three', 3, 'in a row'], ['second time', 2, 'times'],
    ]);
  });

  it('reads a multiple of a quantity named by a demonstrative ("more than triple that figure"), not "twice that week"', () => {
    expect(findFigures('He pressed them to more than triple that figure; Wellington gets almost twice that amount.').map((f) => [f.text, f.value, f.qualifier])).toEqual([['triple', 3, 'more than'], ['twice', 2, 'nearly']]);
    expect(findFigures('I did it twice that week.')).toEqual([]);
  });

  it('reads an engine size before its layout ("5.0-liter V8"), not a size inside a product name', () => {
    expect(findFigures('It has the same 5.0-liter V8 engine as the 16-inch MacBook Pro.').map((f) => [f.text, f.value])).toEqual([['5.0-liter', 5]]);
  });

  it('keeps an old-year-shaped number that counts something ("around 1490 cards")', () => {
    expect(findFigures('The archive holds around 1490 cards.').map((f) => [f.text, f.value])).toEqual([['1490', 1490]]);
  });

  it('skips a size inside a camel-case or dated product name ("11-inch iPad Pro", "15-inch 2016 MacBook Pro")', () => {
    expect(findFigures('Apple released the 11-inch iPad Pro and redesigned 12.9-inch iPad Pro before the end of last year.')).toEqual([]);
    expect(findFigures('It is larger than the 15-inch 2016 MacBook Pro design.')).toEqual([]);
    expect(findFigures('It comes with a 10-inch vinyl record.').map((f) => f.text)).toEqual(['10-inch']);
  });

  it('reads the term of "a two-year contract", not the tenor of "the three-month contract"', () => {
    expect(findFigures('He signed a two-year contract as the three-month contract rose.').map((f) => [f.text, f.value])).toEqual([['two-year', 2]]);
  });

  it('counts the plural head right after a number word even where no label is read ("three family members and")', () => {
    expect(findFigures('His crew — three family members and a friend — alternated between two chopping boards with knives.').map((f) => [f.text, f.value])).toEqual([['three', 3], ['two', 2]]);
    expect(findFigures('He scored just three four times in a row.').filter((f) => f.text === 'three')).toEqual([]);
  });

  it('counts a term in quotation marks after a number word', () => {
    expect(findFigures('The display had two "choice targets" and the plan names three "urgent" threats.').map((f) => [f.text, f.value])).toEqual([['two', 2], ['three', 3]]);
  });

  it('reads a fraction in words of a whole as a share, and leaves it to the exact share in brackets', () => {
    expect(findFigures('Two-thirds of staff agreed.').map((f) => [f.text, f.kind, f.value])).toEqual([['Two-thirds', 'percent', 66.7]]);
    expect(findFigures('They earn about one quarter of the revenue, a third of the profit.').map((f) => [f.text, f.kind, f.value])).toEqual([['one quarter', 'percent', 25], ['a third', 'percent', 33.3]]);
    expect(findFigures('Nearly three-quarters (74%) of respondents agreed.').map((f) => [f.text, f.value])).toEqual([['74%', 74]]);
    expect(findFigures('It took five-and-a-half years.').map((f) => [f.kind, f.value])).toEqual([['duration', 5.5]]);
  });

  it.each([
    ['a decimal as written', 'The euro was at $1.1075.', 1.1075],
    ['a fraction', 'The note fell 29/32 in price.', 29 / 32],
    ['a mixed fraction', 'It took 1-1/2 years.', 1.5],
    ['"half a million"', 'It has half a million users.', 500_000],
  ])('keeps %s', (_name, sentence, value) => {
    expect(findFigures(sentence)[0]?.value).toBeCloseTo(value, 9);
  });

  it.each([
    ['up to five years in prison', 'up to', 'prison sentence', 'duration'],
    ['more than $250,000 in fines', 'more than', 'fines', 'money'],
    ['upwards of 300 people', 'more than', 'people', 'count'],
    ['over 40 stores', 'more than', 'stores', 'count'],
    ['less than 10% of users', 'less than', 'users', 'percent'],
    ['about 12 engineers', 'about', 'engineers', 'count'],
    ['at least 5 deaths', 'at least', 'deaths', 'count'],
    ['nearly 40 stores', 'nearly', 'stores', 'count'],
    ['three operators', null, 'operators', 'count'],
    ['a 42-year-old man', null, 'age', 'count'],
    ['a magnitude 6.2 earthquake', null, 'earthquake magnitude', 'measure'],
    ['5 miles of track', null, 'track', 'measure'],
  ])('reads "%s" with its qualifier and label', (phrase, qualifier, label, kind) => {
    const [f] = findFigures(`They said ${phrase} were involved.`);
    expect([f?.qualifier, f?.approx, f?.label, f?.kind]).toEqual([qualifier, qualifier !== null, label, kind]);
  });

  it('never takes a stray neighbouring word as the label', () => {
    const labels = findFigures('Shares of Alibaba rose 1.8%, eking out a gain, and the index was 5% higher late versus peers.').map((f) => f.label);
    expect(labels).toEqual(['Alibaba shares rise', 'index rise']);
  });

  it('reads "from X to Y" as a range unless a change verb leads it', () => {
    expect(findFigures('Plans cost from $99 to $2,500.')[0]?.value).toEqual({ from: 99, to: 2500 });
    expect(findFigures('Prices rose from 10 to 20 dollars.').map((f) => f.kind)).not.toContain('range');
  });
});

describe('findFigures: continental number formats', () => {
  it('reads "2.000" as two thousand and "1,5 Milliarden Euro" as money in German', () => {
    expect(one('Die Bahn will 2.000 zusätzliche Fachkräfte einstellen und rund 1,5 Milliarden Euro investieren.', 'de-DE')).toEqual([
      { text: '2.000', kind: 'count', value: 2000, approx: false, label: 'zusätzliche Fachkräfte' },
      { text: '1,5 Milliarden Euro', kind: 'money', value: 1_500_000_000, approx: true, label: null, currency: 'EUR' },
    ]);
  });
});

describe('findFigures: labels from the sentence structure (issue 9)', () => {
  const labels = (sentence: string): [string, string | null][] => findFigures(sentence).map((f) => [f.text, f.label]);

  it.each([
    ['the subject of a level and "up" after a comma', 'Shares of Acme closed at $41.20, up 2.1%.', [['$41.20', 'Acme shares close'], ['2.1%', 'Acme shares rise']]],
    ['an index name kept, its ticker dropped, "or" restating and the level reached', 'The Dow Jones Industrial Average .DJI fell 102.2 points, or 0.36%, to 27,934.02.',
      [['102.2 points', 'Dow Jones Industrial Average fall'], ['0.36%', 'Dow Jones Industrial Average fall'], ['27,934.02', 'Dow Jones Industrial Average']]],
    ['a price per unit after a change', 'Brent crude LCOc1 fell 2% to $60.73 a barrel.', [['2%', 'Brent crude fall'], ['$60.73', 'Brent crude price per barrel']]],
    ['"up/down" after a form of "be"', 'Truck and SUV sales are down 2.6 percent.', [['2.6 percent', 'Truck and SUV sales fall']]],
    ['earnings and earnings per share', 'The retailer earned $2.8 billion, or $2.53 per diluted share.', [['$2.8 billion', 'earnings'], ['$2.53', 'earnings per share']]],
    ['an amount per unit of time', 'The strike is costing the miner $40 million a day.', [['$40 million', 'cost per day']]],
    ['a conversion in brackets and the "of"-complement after it', 'A storm dumped about 2 inches (50.8 millimeters) of rain on the county.', [['2 inches', 'rain'], ['50.8 millimeters', 'rain']]],
    ['the earlier value named by "down from"', 'The note yielded 1.786%, down from 1.808% late on Monday.', [['1.786%', 'note yield'], ['1.808%', 'note yield']]],
    ['a change stated after a count', 'Dealers sold 303,417 new vehicles, up 4 percent from the previous year.', [['303,417', 'new vehicles'], ['4 percent', 'new vehicles rise']]],
    ['the object of "expand … by"', 'The airline plans to expand its fleet by 30% by 2025.', [['30%', 'fleet expansion']]],
    ['the owner and the model number skipped in an "of"-complement', "The carrier will buy 30 of Boeing's 787-9 Dreamliner jets.", [['30', 'Dreamliner jets']]],
    ['a subject with a modifier after its head', 'New vehicle sales in the Houston area plunged 10 percent last month.', [['10 percent', 'New vehicle sales fall']]],
    ['a measure of what the verb did', 'The running back rushed for 101 yards.', [['101 yards', 'yards rushed']]],
    ['an age after "age"', 'About 964,000 people age 12 and older reported a disorder.', [['964,000', 'people age'], ['12', 'age']]],
  ])('labels %s', (_name, sentence, expected) => {
    expect(labels(sentence)).toEqual(expected);
  });

  it.each([
    ['the activity that lasts', 'Assange has avoided extradition to Sweden for seven years.', 'avoided extradition to Sweden'],
    ['what follows "after"', 'The post came 21 months after privately reporting the bug.', 'months after privately reporting the bug'],
    ['what is left', 'With just 18 months left in power, he spoke about guns.', 'left in power'],
  ])('labels a duration by %s', (_name, sentence, label) => {
    expect(findFigures(sentence).find((f) => f.kind === 'duration')?.label).toBe(label);
  });

  it('gives "in two years" (a point in time) no activity label', () => {
    expect(findFigures('We may not be able to pay for it in two years.')[0]?.label).toBeNull();
  });

  it('keeps a count apart when it counts something else (sameFigure)', () => {
    const [goals] = findFigures('He scored three goals.');
    const [titles] = findFigures('He won three titles.');
    expect(sameFigure(goals!, titles!)).toBe(false);
    const [again] = findFigures('He scored three goals again.');
    expect(sameFigure(goals!, again!)).toBe(true);
    const [shots] = findFigures('Korpisalo stopped 30 shots.');
    const [teams] = findFigures('He has beaten all 30 teams.');
    expect(sameFigure(shots!, teams!)).toBe(false);
    const [amount] = findFigures('It paid $30 million for the land.');
    const [again2] = findFigures('The $30 million deal closed.');
    expect(sameFigure(amount!, again2!)).toBe(true);
  });

  it('knows a figure written another way later is the same one, and a like value of another thing is not (sameFigure)', () => {
    const [revenue] = findFigures('Mozilla reported total revenue of $163 million.');
    const short = findFigures('Revenue Up 33% To $163M, Majority From Google.').find((f) => f.kind === 'money');
    expect(sameFigure(revenue!, short!)).toBe(true);
    const [masks] = findFigures('Officials handed out more than 5 million air filter masks.');
    const [masks2] = findFigures('The government distributed 5 million face masks.');
    expect(sameFigure(masks!, masks2!)).toBe(true);
    const [week] = findFigures('Updated 7 days a week.');
    const [trial] = findFigures('You can sign up for a free 7-day trial.');
    expect(sameFigure(week!, trial!)).toBe(false);
    const [literacy] = findFigures('The adult literacy rate is 99%.');
    const [content] = findFigures('The second channel broadcast 99 per cent Maori content.');
    expect(sameFigure(literacy!, content!)).toBe(false);
  });
});

describe('findFigures: more numbers that are no quantity (corpus sweep, issue 9)', () => {
  it.each([
    ['a model code with a glued letter', 'It offers an AMD Radeon Pro 5300M and the SLS Block 1B variant.'],
    ['a CPU model after a model code', 'It runs an Intel Core i7 4790k CPU.'],
    ['a size after a model number', 'The Apple Watch Series 3 38mm sold out.'],
    ['a number after a model code', 'The Dell G3 15 laptop is on sale.'],
    ['a year before 1800', 'In 1781, a French pastor wrote about tarot.'],
    ['a capitalised number word inside a name', 'He attended his first beaching on Ninety Mile Beach.'],
    ['an ordinal compound', 'It is a culture of the early twenty-first century.'],
    ['a position in play', 'He scored on a two-on-one.'],
    ['a decade', 'Deals for fans of the ’80s and ’90s.'],
    ['chapter and verse, and a ratio', 'Read Psalms 119:1-2 on a 16:9 screen.'],
    ['an international phone number', 'Call +49 (0)40 890 85-433 for details.'],
    ['a reference number', 'It is cited as no. 178 in the collection.'],
    ['a ranked list in a name', 'She was named a 40 Under 40 Award recipient and topped the ECRI top 10 Health Technology Hazards.'],
    ['a number word pointing back', 'The two leaders sidestepped questions, and these three people stayed.'],
    ['three hyphenated groups (a timestamp, a phone number, a record)', 'Posted by jdadmin2018-10-15 10:33:49; call 03-584-7231 or 0937-141993; Buffalo is on a 1-6-2 skid.'],
    ['a sprint benchmark', 'VW says 0-60 mph could arrive quickly, and zero to 100 km/h soon after.'],
    ['a game clock', 'He drilled a shot with 55 seconds left, and they led with two minutes to play.'],
    ['a compound noun in "-er"', 'He hit a 3-pointer late, then a three-pointer by the bench.'],
    ['a slogan in quotation marks', 'China backs the “one country, two systems” formula.'],
    ['a game title in brackets, and "zero" before a mass noun', 'Some titles (Destiny 2 is free) need zero shame.'],
    ['a one-off compound', 'Workers got a one-off bonus.'],
    ['an engine layout and a version inside a file name', 'It has a V8 engine, like the V8 JavaScript engine; see isolate-0x1-v8.log.'],
    ['a span of years written short, a statute name, and "one day" after a modal', "The Nine Provinces (1853–76) had a 401(k) plan that would one day pay."],
    ['a number opening a title', 'Now you can hear 10 Things in Tech each morning, or read 7 Habits of Highly Effective People.'],
    ['a distance naming a race', 'He won the 200 yard Individual Medley, the 100-meter dash and the 50 yard freestyle.'],
    ['a word size compounded with "bit"', 'It has a 64-bit ARM CPU; use a 32-bit image.'],
    ['a street number after the street name', 'Flos Showroom corso Monforte, 15, Milan; Via Tortona 31; Friedrichstraße 43.'],
    ['a time signature', 'Smith seized on something with a 6/8 feel, then a song in 3/4 time.'],
    ['a name\'s number repeated after a determiner', 'I found some RPMs for Red Hat 7.2, but they expect Gnome2 on that 7.2 system first.'],
    ['a port after a host, also in a URL broken by a line continuation', 'Host: 3pp.io:4439 and "https\\ ://3pp.io:4439/oauth/michiel" answer.'],
    ['image dimensions after an image file name', 'uploads/2018/10/KakaoTalk_20181015_090732437.jpg 540 960 jdadmin'],
    ['a capitalised number word and unit in a name, and a name noun before digits', 'Whales died on Ninety Mile beach, and cells called group 2 innate lymphoid cells.'],
    ['the term naming a mortgage rate and the window naming a moving average', 'The average 30-year mortgage rate rose, and shares slid below their 50-day moving average.'],
    ['a bond tenor standing for the note', 'We think the 10-year could hit new highs, and the benchmark 30-year fell.'],
    ['a hyphenated docket number', 'A ruling in Gonzalez v. Google, No. 21-1333, is due.'],
    ['releases listed after a name\'s number', 'It released a browser for Windows 7, 8.1 and 10, and Boeing 737 and 787 jets flew.'],
    ['a golfer\'s score against par', 'Kokrak won at 20-under-par 268 after a 6-under 66, and Day shot even-par 70.'],
    ['a hotline\'s number', 'The agency\'s hotline, 115, is busy; call the helpline on 0800 11 11 for advice.'],
    ['numbers listed after a plural name noun', 'The M25 was shut between junctions 10 and 11; read sections 3-4 and chapters 2 to 5.'],
  ])('skips %s', (_name, sentence) => {
    expect(findFigures(sentence).map((f) => f.text)).toEqual([]);
  });

  it('still reads a loan\'s term, a plan\'s span, a plain number sign and counts after a name\'s list', () => {
    expect(findFigures('They took out a 30-year mortgage.').map((f) => f.text)).toEqual(['30-year']);
    expect(findFigures('The 10-year plan costs a lot.').map((f) => f.text)).toEqual(['10-year']);
    expect(findFigures('It filed under Chapter 11 and 7 other retailers followed.').map((f) => f.value)).toEqual([7]);
    expect(findFigures('It sold the Galaxy S20 and about 5 other phones.').map((f) => f.value)).toEqual([5]);
    expect(findFigures('Over the past weeks 5 people died.').map((f) => f.value)).toEqual([5]);
    expect(findFigures('The program now counts 14 firms.').map((f) => f.value)).toEqual([14]);
    expect(findFigures('The hotline on 3 days got 5 calls.').map((f) => f.text)).toEqual(['3 days', '5']);
    expect(findFigures('She has played 20 under-par rounds, and sales rose 10 over the year.').map((f) => f.value)).toEqual([20, 10]);
  });

  it('still counts speech in short quotations, a clock of months, and a compound before its noun', () => {
    expect(findFigures('“Forty-five years of practicing law,” he said.').map((f) => f.value)).toEqual([45]);
    expect(findFigures('With just 18 months left in power, he spoke.').map((f) => f.value)).toEqual([18]);
    expect(findFigures('He hit five three-pointers.').map((f) => [f.value, f.label])).toEqual([[5, 'three-pointers']]);
  });

  it('still reads a real fraction, a run distance and a count after a place reached "via"', () => {
    expect(findFigures('Treasuries rose 7/32 in price.').map((f) => f.value)).toEqual([0.21875]);
    expect(findFigures('She swam 200 yards before the rescue.').map((f) => f.value)).toEqual([200]);
    expect(findFigures('They flew via Chicago, 15 passengers in all.').map((f) => f.value)).toEqual([15]);
  });

  it('reads a length written in two units as one duration in the larger unit, not a remainder as large as the unit', () => {
    expect(findFigures('The session lasted 25 hours and 45 minutes.').map((f) => [f.text, f.value, f.unit])).toEqual([['25 hours and 45 minutes', 25.75, 'hours']]);
    expect(findFigures('He served two years and three months.').map((f) => [f.text, f.value])).toEqual([['two years and three months', 2.25]]);
    expect(findFigures('It runs 7 days and 24 hours.').map((f) => f.text)).toEqual(['7 days', '24 hours']);
    expect(findFigures('It took 2 hours, and 30 minutes later it fell.').map((f) => f.text)).toEqual(['2 hours', '30 minutes']);
  });

  it('reads a sum, then "to" and a count of its own noun, as two figures, and a sum "to" a multiplied sum as a range', () => {
    expect(findFigures('It gave away games worth $2,407 to 61 million users.').map((f) => [f.text, f.kind])).toEqual([['$2,407', 'money'], ['61 million', 'count']]);
    expect(findFigures('The fines range from $10 to 20 million.').map((f) => [f.kind, f.value])).toEqual([['range', { from: 10000000, to: 20000000 }]]);
  });

  it('reads two rising values joined by "or" as a range, not a clock or a count with no noun', () => {
    expect(one('They sell to four or five buyers.').map((f) => [f.text, f.kind, f.value])).toEqual([['four or five', 'range', { from: 4, to: 5 }]]);
    expect(one('You may go $50 or $100 into the red.').map((f) => [f.text, f.value, f.currency])).toEqual([['$50 or $100', { from: 50, to: 100 }, 'USD']]);
    expect(one('A graph of one or two variables.').map((f) => [f.text, f.value])).toEqual([['one or two', { from: 1, to: 2 }]]);
    expect(one('Purities climb towards 80 or 90 percent.').map((f) => [f.text, f.unit])).toEqual([['80 or 90 percent', '%']]);
    expect(one('She was out at three or four a.m., then parried one or two and blocked the rest.')).toEqual([]);
  });

  it('counts "the N X" when a modifier after the noun defines the set, not when it points back or names parts', () => {
    expect(findFigures('He is behind the four players in front of him.').map((f) => [f.value, f.label])).toEqual([[4, 'players']]);
    expect(findFigures('The three previous games between these programs went to overtime.').map((f) => f.value)).toEqual([3]);
    expect(findFigures('It lets the six Democratic presidential candidates in the Senate campaign.').map((f) => f.value)).toEqual([6]);
    expect(findFigures('Tariffs make the two sides of the trading relationship poorer.')).toEqual([]);
    // "the first three contracts": "first" or "last" selects that many from a series, no pointing back.
    expect(findFigures('NASA awarded the first three contracts and kept the last two slots.').map((f) => [f.text, f.value])).toEqual([['three', 3], ['two', 2]]);
    expect(findFigures('There was no difference between the two groups in the number of tools.')).toEqual([]);
  });

  it('still counts a hyphenated compound after "the" and an age after "At"', () => {
    expect(findFigures('They keep to the four-game limit.').map((f) => [f.text, f.value])).toEqual([['four', 4]]);
    expect(findFigures('At 16, he went to Indiana University.').map((f) => [f.value, f.label])).toEqual([[16, 'age']]);
  });
});

describe('findFigures: quantities in words and other recall gaps (issue 9)', () => {
  it.each([
    ['rupees in lakh', 'He has spent Rs 24 lakh on the attempts.', 'Rs 24 lakh', 'money', 2_400_000],
    ['Hong Kong dollars', 'The listing would raise at least 88 billion Hong Kong dollars.', 'at least 88 billion Hong Kong dollars'.replace('at least ', ''), 'money', 88_000_000_000],
    ['"half of" as a share', 'More than half of the districts closed.', 'half', 'percent', 50],
    ['"twice"', 'The label has twice denied wrongdoing.', 'twice', 'count', 2],
    ['"N times" of a repeated act', 'He was intercepted three times and lost a fumble.', 'three times', 'count', 3],
    ['an ordinal run', 'Stocks rose for a seventh straight session.', 'seventh straight session', 'count', 7],
    ['an ordinal of times', 'This was the fourth time I have been deported.', 'fourth time', 'count', 4],
    ['"-and-a-half"', 'He was sacked after five-and-a-half years in charge.', 'five-and-a-half years', 'duration', 5.5],
    ['a vulgar fraction', 'It stopped transmitting 6 ½ minutes after launch.', '6 ½ minutes', 'duration', 6.5],
    ['"weeklong"', 'Customers signed up for the free weeklong trial.', 'weeklong', 'duration', 1],
    ['"about a month"', 'They have been expected to sign a deal for about a month.', 'a month', 'duration', 1],
    ['a duration after a name', 'These were the fixes I recommended to Mojang 2 years ago.', '2 years', 'duration', 2],
    ['horsepower as a measure', 'The new version gets a new 149 horsepower engine.', '149 horsepower', 'measure', 149],
  ])('reads %s', (_name, sentence, text, kind, value) => {
    const f = findFigures(sentence).find((x) => x.text === text);
    expect([f?.kind, f?.value]).toEqual([kind, value]);
  });

  it('reads "between the ages of 25 and 54" as an age range', () => {
    expect(findFigures('It compares men between the ages of 25 and 54 across countries.').map((f) => [f.kind, f.value, f.label])).toEqual([['range', { from: 25, to: 54 }, 'age']]);
  });

  it('reads "increase X from 23% to 35%" as two values, not a range', () => {
    expect(findFigures('Producers should increase the efficiency of their devices from 23% to 35%.').map((f) => f.value)).toEqual([23, 35]);
  });

  it.each([
    ['a case so far', 'Inner Mongolia reported its third case of bubonic plague on Sunday.', 3, 'case'],
    ['a possessor\'s goal', "Brock Nelson's second goal of the game capped a comeback.", 2, 'goal'],
    ['a digit ordinal after "a"', 'Authorities are reporting a 6th fatality linked to the virus.', 6, 'fatality'],
    ['an acronym', 'The car is the seventh EV to use the platform.', 7, 'EV'],
    ['an "-ing" noun after an adjective', 'The House concluded its third public hearing on Tuesday.', 3, 'public hearing'],
  ])('counts an ordinal of instances: %s', (_name, sentence, value, label) => {
    expect(findFigures(sentence).map((f) => [f.value, f.label])).toEqual([[value, label]]);
  });

  it.each([
    ['"only two" after a count of companies', 'The agency tapped three of those companies, but only two committed to that timeline.', [[3, 'companies'], [2, 'companies']]],
    ['"three others"', 'Two gunmen died, and three others may have escaped.', [[2, 'gunmen died'], [3, 'gunmen']]],
    ['a count closing a clause', 'Noel is charged with five counts of fraud; Thomas is charged with three.', [[5, 'counts of fraud'], [3, 'counts of fraud']]],
    ['points', 'Gallinari scored 25 points, and Noel had 15.', [[25, 'points'], [15, 'points']]],
  ])('labels a count whose noun is left out by the count before it: %s', (_name, sentence, figures) => {
    expect(findFigures(sentence).map((f) => [f.value, f.label])).toEqual(figures);
  });

  it('adds no participle to a count after a preposition: it is not what befell that noun', () => {
    expect(findFigures('At least 106 protesters in 21 cities have been killed.').map((f) => f.label)).toEqual(['protesters', 'cities']);
  });

  it('drops a small count whose noun is left out when nothing before it names one, and reads no formula', () => {
    expect(findFigures('He said two were hurt.')).toEqual([]);
    expect(findFigures('( ∑ k = 1 n a k b k ) 2 ≤ ( ∑ k = 1 n a k 2 )')).toEqual([]);
  });

  it('labels a duration by a passive clause and keeps "less than" before it', () => {
    expect(findFigures('No inmate checks were conducted for at least eight hours.')[0]?.label).toBe('inmate checks conducted');
    expect(findFigures('A jury deliberated for less than 10 minutes before convicting him.')[0]?.label).toBe('jury deliberated');
  });

  it('keeps a measure inside an ordinal phrase as a figure of its own', () => {
    expect(findFigures('The regulator granted its third 90-day extension of the license.').map((f) => [f.text, f.value])).toEqual([['third', 3], ['90-day', 90]]);
  });

  it('counts an ordinal in a list entry for the name it gives, and keeps a count of people before a title', () => {
    expect(findFigures('England (Group A): 10th appearance').map((f) => [f.text, f.value, f.label])).toEqual([['10th appearance', 10, 'England appearance']]);
    expect(isCountEntry('Wales (Group E): Second appearance')).toBe(true);
    expect(isCountEntry('Five things we learned')).toBe(false);
    expect(findFigures('She met 12 Democrats in Congress.').map((f) => f.value)).toEqual([12]);
  });

  it('reads an inch mark outside a quotation as a unit, and "80-percent" as a share', () => {
    expect(findFigures('The set measures 22" long and 22" wide, on a 34" display.').map((f) => [f.text, f.kind, f.unit, f.label])).toEqual([['22"', 'measure', 'inches', 'length'], ['22"', 'measure', 'inches', 'width'], ['34"', 'measure', 'inches', 'display']]);
    expect(findFigures('He said "I paid 70" and left, on a 70" Element TV.').filter((f) => f.kind === 'measure')).toEqual([]);
    expect(findFigures('It should top up to 80-percent in under thirty minutes.').map((f) => [f.kind, f.value])).toEqual([['percent', 80], ['duration', 30]]);
  });

  it('labels "the Nth time" by what happened, and a period that places events as no prison sentence', () => {
    expect(findFigures('This was the fourth time I have been deported.').map((f) => f.label)).toEqual(['times deported']);
    expect(findFigures('It is the second time the launch was delayed.').map((f) => f.label)).toEqual(['times delayed']);
    expect(findFigures('Three weeks before he died, Epstein had been found in his jail cell.').map((f) => f.label)).toEqual(['weeks before he died']);
    expect(findFigures('He was sentenced to 50 weeks in jail.').map((f) => f.label)).toEqual(['prison sentence']);
  });

  it('reads figures of an English text in English whatever language the page template declares', () => {
    const english = 'Regular FIRE is someone whose spending is in line with the average US household, around $60,000 a year, and that is the plan for most of the people who want to retire early with a pension and a house.';
    expect(figureLanguage(`${english} ${english}`, 'de')).toBe('en');
    const german = 'Mit einer mehr als 18-jährigen Erfahrung in kommerzieller Open Source unterstützen wir mehr als 500 Geschäftskunden in über 25 Ländern und bieten Lösungen für die Verwaltung von Rechenzentren, Clouds und Arbeitsplätzen an, die sich bewährt haben.';
    expect(figureLanguage(`${german} ${german}`, 'de')).toBe('de');
  });

  it('reads a rank after "the" as no count, unless a record or a period counts the instances', () => {
    expect(findFigures('The fourth Star Trek film was greenlit; the second stop was a restaurant; it is the second article in a series.')).toEqual([]);
    expect(findFigures("It's the third 90-day extension of the license.").map((f) => [f.text, f.value])).toEqual([['90-day', 90]]);
    expect(findFigures('He is the third Beijing resident to contract the plague, and the third botched launch in two years.').filter((f) => f.kind === 'count').map((f) => [f.value, f.label])).toEqual([[3, 'Beijing resident'], [3, 'botched launch']]);
  });

  it('reads no count in ordinals that place, rank or enumerate', () => {
    const s = 'In his 17th year, in the third quarter, a second person briefed the Second Amendment group on the 19th freest media, the 99th percentile and the second thing you need.';
    expect(findFigures(s)).toEqual([]);
  });

  it('leaves "at times", "three times as many", "the second half" and "Mrs 5" alone', () => {
    expect(findFigures('Winds gusted at times, three times as many fans came in the second half of the game, said Mrs 5.')).toEqual([]);
  });

  it('reads "53-day-long" once, and no share in "the upper half of" or "one and a half times longer"', () => {
    expect(findFigures('The upper half of the laptop took one and a half times longer during the 53-day-long festival.').map((f) => [f.text, f.label])).toEqual([['53-day', 'festival']]);
  });
});

describe('findFigures: more label grammar (issue 9)', () => {
  it.each([
    ['"a year ago" is no price per year', 'The average price was $39,014, up from $38,373 a year ago.', [['$39,014', 'average price'], ['$38,373', 'average price']]],
    ['a participle clause takes the sentence subject', 'WeWork’s 2025 bond has weakened sharply, hitting 16.057% on Monday.', [['16.057%', 'WeWork 2025 bond']]],
    ['a one-word head keeps its "of"-complement', 'Media reported the deaths of at least four members of the security forces.', [['four', 'members of security forces']]],
    ['an age after "Jr.,"', 'Patrick Carlineo Jr., 55, pleaded guilty.', [['55', 'age']]],
    ['no age for a duration in commas', 'He wrote the post on Thursday, 21 months, he said, after reporting the bug.', [['21 months', 'months after reporting the bug']]],
  ])('labels %s', (_name, sentence, expected) => {
    expect(findFigures(sentence).map((f) => [f.text, f.label])).toEqual(expected);
  });
});

describe('findFigures: what the count must say', () => {
  it('drops a small bare count whose noun does not follow it, and a promoted link line', () => {
    expect(findFigures('The Sabres lost 2 on Tuesday.')).toEqual([]);
    expect(findFigures('On HoustonChronicle.com: Car sales plunge nearly 17 percent in August')).toEqual([]);
    expect(findFigures('READ MORE: Shares fell 4% after the results.')).toEqual([]);
  });
});

describe('findFigures: citations, tables, records and model codes are no figures (corpus sweep, issue 9)', () => {
  it.each([
    ['a bracketed reference number', 'Exports grew after the reform.[118] Officials were pleased.[n 4]'],
    ['a journal reference', 'Journal of Economic History 41 (2): 211–229. doi:10.1017/S002205070004311X.'],
    ['a DOI whose head looks like a model code', 'Bibcode:1999QuInt..59....5M. doi:10.1016/S1040-6182(98)00067-6.'],
    ['a page number left before a new clause', '32 As days passed on, I became considerably reconciled to Bartleby.'],
    ['an audio channel layout', 'It supports 4K streaming and 5.1 surround sound.'],
    ['a year before 1800 after a preposition of time', 'The deck, which dates from around 1490, was extremely special.'],
    ['a club of states named for its size', 'She met the Group of 20 leaders in Osaka.'],
    ['a page range', 'See Smith, pp. 14–19, for the details.'],
    ['numbered sources at the end of a clause', 'Eating slowly reduces snacking (12, 13) and helps digestion (14).'],
    ['a table drawn with box characters', '2021-03-04 │ 200 │ 4521 │ 17.25'],
    ['a win-loss record', 'The Hornets (7-3, 4-2) visit the Bears, who are 2-8.'],
    ['a model code with a glued capital', 'Buyers can choose a Vega 5600M or 5800M.'],
    ['a lower-case screen resolution', 'The box streams 4k video at 60 frames a second.'],
  ])('skips %s', (_name, sentence) => {
    expect(findFigures(sentence).map((f) => f.text).filter((t) => !/60/.test(t))).toEqual([]);
  });

  it('keeps a glued multiplier that counts a noun, and a range that names what it spans', () => {
    expect(findFigures('The app passed 3M downloads.').map((f) => [f.value, f.label])).toEqual([[3_000_000, 'downloads']]);
    expect(findFigures('Children aged 5-11 can now get the shot.').map((f) => [f.kind, f.label])).toEqual([['range', 'age']]);
  });

  it('reads "pounds" as weight unless the sentence is about money', () => {
    expect(one('The new model weighs 3.2 pounds.')).toEqual([{ text: '3.2 pounds', kind: 'measure', value: 3.2, approx: false, label: 'weight', unit: 'pounds' }]);
    expect(findFigures('He was fined 300 pounds by the court.').map((f) => [f.kind, f.currency])).toEqual([['money', 'GBP']]);
    expect(findFigures('The fishmonger sells it for $12 a pound.').map((f) => f.text)).toEqual(['$12']);
  });

  it('gives no age to a street number between a street and a city', () => {
    expect(findFigures('The shop at via Tortona, 27, Milan opens at nine.').map((f) => f.label)).not.toContain('age');
  });
});

describe('findFigures: noun phrases that name what is counted (corpus sweep, issue 9)', () => {
  it.each([
    ['an adverb before an adjective and a noun', 'The board received two deeply flawed proposals on Monday.', 'deeply flawed proposals'.replace('deeply ', '')],
    ['a comparative before a noun', 'The fund also backed three smaller startups.', 'smaller startups'],
    ['a hyphenated "-ing" adjective', 'Police detained four high-ranking officials.', 'high-ranking officials'],
    ['a plural people noun with a capital', 'More than 2,000 Canadians signed the petition.', 'Canadians'],
    ['a people noun after "of"', 'Some 40 percent of Republicans backed the bill.', 'Republicans'],
    ['a people noun after a capitalised modifier', 'About 900 Pacific Islanders work there.', 'Pacific Islanders'],
    ['an abbreviation inside the phrase', 'They make up 2 percent of the total U.K. workforce.', 'total U.K. workforce'],
    ['a run of periods', 'Prices fell for three consecutive quarters.', 'consecutive quarters'],
  ])('labels %s', (_name, sentence, label) => {
    expect(findFigures(sentence).map((f) => f.label)).toEqual([label]);
  });

  it('never labels with a lone comparative or a company name', () => {
    expect(findFigures('The stock ended 3% higher on Friday.').map((f) => f.label)).not.toContain('higher');
    expect(findFigures('It bought 12 Siemens turbines.').map((f) => f.label)).toEqual(['turbines']);
  });
});

describe('findFigures: labels for measures and prices without a noun (corpus sweep, issue 9)', () => {
  it.each([
    ['dimension adjectives as nouns', 'The trailer is 40 feet long and eight feet wide.', ['length', 'width']],
    ['a distance from a place', 'The village lies 120 miles north of Denver.', ['distance from Denver']],
    ['a range on one charge', 'The van can travel 250 miles on a single charge.', ['range']],
    ['horsepower and torque', 'The motor makes 400 horsepower and 480 lb-ft of torque.', ['horsepower', 'torque']],
    ['a wind speed', 'Winds gusting to 70 mph knocked down lines.', ['wind speed']],
    ['a crowd', 'The home side won in front of 41,000 at the stadium.', ['crowd']],
    ['a price after "for"', 'You can get the speaker for $89 (Originally $129).', ['speaker price', 'original price']],
    ['a starting price', 'The sedan will start at $38,500 next spring.', ['starting price']],
    ['savings and a discount', 'Shoppers save $40, and there is $15 off the case.', ['savings', 'discount']],
    ['the subject of "remain"', 'The battery capacity will remain 5,000 mAh, the maker said.', ['battery capacity']],
    ['the subject of "stayed below"', 'The jobless rate stayed below 4 percent all year.', ['jobless rate']],
  ])('labels %s', (_name, sentence, labels) => {
    expect(findFigures(sentence).map((f) => f.label).filter((l) => l !== null)).toEqual(labels);
  });
});

describe('findFigures: "one" and "once" when they count (issue 9)', () => {
  it.each([
    ['"including one"', 'Forty people, including one child, were rescued.', 'one', 'child'],
    ['"with one … remaining"', 'They lead the group with one match remaining.', 'one', 'match'],
    ['"only once"', 'The striker has scored only once this season.', 'once', 'times scored'],
    ['"more than once"', 'She was warned more than once.', 'once', 'times warned'],
    ['"at least one"', 'Biologists had found at least one explanation for it.', 'one', 'explanation'],
    ['an existential "one"', 'There will be one exhibition in the city center.', 'one', 'exhibition'],
    ['"one" after a verb of having', 'She would have one conversation with his mother.', 'one', 'conversation'],
    ['"one" closing a list of counts', 'Evidence Action leads two top charities and one standout charity.', 'one', 'standout charity'],
  ])('reads %s', (_name, sentence, text, label) => {
    expect(findFigures(sentence).filter((f) => f.value === 1).map((f) => [f.text, f.label])).toEqual([[text, label]]);
  });

  it.each([
    ['She visited Paris four times last year.', 'four times', 'times visited paris'],
    ['They have won the title three times.', 'three times', 'times won title'],
    ['Americans have gone to the polls four times this month.', 'four times', 'times gone to polls'],
    ['He scored twice in the final.', 'twice', 'times scored'],
  ])('names what was done so many times: %s', (sentence, text, label) => {
    expect(findFigures(sentence).filter((f) => f.text === text).map((f) => f.label?.toLowerCase())).toEqual([label]);
  });

  it('leaves "one" alone after a preposition, as a subject and as a pronoun', () => {
    expect(findFigures('In one case, one user wrote that he had one himself, according to one estimate.').filter((f) => f.kind === 'count')).toEqual([]);
    expect(findFigures('He has two dogs and one day hopes to get a cat.').map((f) => f.text)).toEqual(['two']);
  });

  it('leaves "one of the", "one day", "but one" and "once again" alone', () => {
    expect(findFigures('He is one of the best, but one rival disagrees; once again, with one day to go, just once more.').filter((f) => f.kind === 'count')).toEqual([]);
  });

  it('lists the same number twice in one sentence when it states two things', async () => {
    const { extractFacts } = await import('../../src/extract/extract-facts.ts');
    const html = '<html><body><article><p>The dollar index rose 0.2% on Monday, with the euro up 0.2% against the yen.</p><p>Later the dollar index was still up 0.2% as traders waited.</p></article></body></html>';
    expect(extractFacts(html, 'https://news.example/a').figures.map((f) => f.text)).toEqual(['0.2%', '0.2%']);
  });

  it('lists the same count twice when two named subjects state it, once when one does', async () => {
    const { extractFacts } = await import('../../src/extract/extract-facts.ts');
    const html = '<html><body><article><p>Pierre-Luc Dubois had two goals and an assist, and Columbus beat Montreal on Tuesday night.</p><p>Anthony Duclair had two goals and an assist, and Ottawa held on to beat Detroit.</p><p>Later, Anthony Duclair said two goals were enough.</p></article></body></html>';
    expect(extractFacts(html, 'https://news.example/a').figures.map((f) => [f.text, f.evidence.paragraph])).toEqual([['two', 0], ['two', 1]]);
  });

  it('lists the same tally of two players named as subjects of a list of stats', async () => {
    const { extractFacts } = await import('../../src/extract/extract-facts.ts');
    const html = '<html><body><article><p>James finished with 25 points, 11 rebounds and 10 assists against Oklahoma City.</p><p>Chris Paul had four points, 10 assists and five rebounds for the Thunder.</p><p>Rondo had eight points and a season-high 10 assists.</p></article></body></html>';
    expect(extractFacts(html, 'https://news.example/a').figures.filter((f) => f.value === 10).map((f) => f.evidence.paragraph)).toEqual([0, 1, 2]);
  });

  it('reads shares of ten or a hundred, processor cores, and an English text\'s continental thousands', () => {
    expect(findFigures('Eight out of ten companies, and nearly nine in 10 Americans, agree.').map((f) => [f.text, f.kind, f.value, f.qualifier])).toEqual([['Eight out of ten', 'percent', 80, null], ['nine in 10', 'percent', 90, 'nearly']]);
    expect(findFigures('It runs a 1.2GHz quad-core ARM CPU.').map((f) => [f.text, f.value])).toEqual([['1.2GHz', 1.2], ['quad-core', 4]]);
    expect(findFigures('The installation consists of 1.000 led lights.').map((f) => f.value)).toEqual([1000]);
    expect(findFigures('A country that never gave us 10 cents, at four cents a folio.').map((f) => [f.text, f.kind, f.value, f.currency])).toEqual([['10 cents', 'money', 0.1, 'USD'], ['four cents', 'money', 0.04, 'USD']]);
    // The whole stays a figure when it counts its own noun, and in "teams of three" it is no whole.
    expect(findFigures('The Lakers have won 12 of 13, and Portugal made it seven victories out of eight.').map((f) => f.value)).toEqual([12, 7]);
    expect(findFigures('Ten of the 18 staffers worked overtime.').map((f) => f.value)).toEqual([10, 18]);
    expect(findFigures('It pits two teams of three against one another.').map((f) => f.value)).toEqual([2, 3]);
    expect(findFigures('Aden O\'Hara 2 goals, 2 assists.').map((f) => f.label)).toEqual(["Aden O'Hara goals", "Aden O'Hara assists"]);
  });

  it('skips a list or section number opening a line', () => {
    expect(findFigures('12.3. Scope of the change.')).toEqual([]);
  });
});

describe('findFigures: what a duration measures (issue 9)', () => {
  it.each([
    ['the time a task takes', 'It took the crew 40 minutes to clear the road.', 'time to clear the road'],
    ['the time since an act', 'The city opened the bridge nearly ten years ago.', 'years since city opened the bridge'],
    ['the time since an act, with the noun a relative clause hangs on', 'These were the repairs that we requested to the council 3 years ago.', 'years since repairs requested to the council'],
    ['what lasted, from a relative clause', 'The strike, a bitter dispute that has lasted 14 weeks, may end.', 'dispute'],
    ['a singular unit before a noun', 'They were given a 72 hour deadline.', 'deadline'],
    ['an acceleration time', 'The coupe goes from zero to 60 mph in 4.2 seconds.', '0-60 mph time'],
    ['the phrase its unit heads', 'He was sacked after five-and-a-half years in charge.', 'years in charge'],
    ['an "of"-gerund, up to the clause verb', '5 minutes of charging gives you a full day.', 'minutes of charging'],
  ])('labels %s', (_name, sentence, label) => {
    expect(findFigures(sentence).filter((f) => f.kind === 'duration').map((f) => f.label)).toEqual([label]);
  });
});

it('names no duration by a phrase that only places it in time', () => {
  expect(findFigures('Three years in a row, the first seven months of the year reached a record.').filter((f) => f.kind === 'duration').map((f) => f.label)).toEqual([null, null]);
});

describe('findFigures: what money went to (issue 9)', () => {
  it.each([
    ['"on" after the amount', 'The charity spent $2 million on housing last year.', 'spending on housing'],
    ['"toward" after the amount', 'The union gave $40,000 toward the mayor’s 2022 campaign.', 'campaign'],
    ['never a preposition', 'It put $5m toward.', null],
  ])('labels %s', (_name, sentence, label) => {
    expect(findFigures(sentence).map((f) => f.label)).toEqual([label]);
  });
});

describe('findFigures: what a share is of (issue 9)', () => {
  it.each([
    ['a share in brackets after its phrase', 'Visits came from mobile readers (62%), the rest from desktop readers (38%).', ['mobile readers', 'desktop readers']],
    ['a discount', 'The jacket is 40% off this week.', ['discount']],
    ['"half the" and its noun', 'The new plant uses half the water of the old one.', ['water']],
    ['a bracketed restatement before "of"', 'Wine made up 4.5% ($2.1 billion) of total exports.', ['Wine share of total exports', 'Wine share of total exports']],
  ])('labels %s', (_name, sentence, labels) => {
    expect(findFigures(sentence).map((f) => f.label)).toEqual(labels);
  });
});

describe('findFigures: small label slips (issue 9)', () => {
  it('reads "or something" as no hedge and keeps an acronym plural as the head', () => {
    expect(findFigures('It cost $20 or something like that.').map((f) => [f.qualifier, f.label])).toEqual([[null, 'cost']]);
    expect(findFigures('The board fired three CEOs in a year.').map((f) => f.label)).toEqual(['CEOs']);
  });
});

describe('findFigures: kinds, conversions of spans and multiples (session 7)', () => {
  it.each([
    ['an engine cycle and a body style', 'Many run on two-stroke engines, unlike a four-door coupe or a seven-seater MPV.'],
    ['a full turn compounded', 'A 360-degree camera is available.'],
    ['an order of magnitude compounded', 'Anyone closing a billion-dollar acquisition deal knows it.'],
    ['a quoted term followed by a verb', 'Volker said he never used the term "three amigos" and added that he cringes.'],
    ['digits after "any"', 'Whole Foods is not opening any new 365 stores.'],
    ['"double as"', 'The pods would double as cabins.'],
    ['a verb that plans a multiple', 'It plans to double its headcount.'],
  ])('leaves %s alone', (_name, sentence) => {
    expect(findFigures(sentence)).toEqual([]);
  });

  it.each([
    ['2.5 times greater than ads', '2.5 times', 2.5, 'times'],
    ['twice the CTR of desktop ads', 'twice', 2, 'times'],
    ['more than double its output', 'double', 2, 'times'],
    ['over the last decade', 'the last decade', 10, 'years'],
    ['nearly a quarter century', 'a quarter century', 25, 'years'],
    ['nearly three dozen immigrants', 'three dozen', 36, undefined],
    ['Jupiter’s 79 moons', '79', 79, undefined],
    ['an incubation period of one-to-seven days', 'one-to-seven days', { from: 1, to: 7 }, 'days'],
  ])('reads "%s"', (sentence, text, value, unit) => {
    const f = findFigures(`It was ${sentence}.`)[0];
    expect([f?.text, f?.value, f?.unit]).toEqual([text, value, unit]);
  });
});

describe('findFigures: pounds of weight, and labels for multiples, spans and compared measures (session 7)', () => {
  it.each([
    ['"million pounds of" a food', 'Fishermen caught 29.4 million pounds of halibut last year.', '29.4 million pounds', 'measure', 'pounds'],
    ['"pounds of" a food, in a sentence that buys it', 'She bought 5 pounds of sugar.', '5 pounds', 'measure', 'pounds'],
    ['a pound compounded before a noun', 'He carried a 10-pound bag of rice.', '10-pound', 'measure', 'pounds'],
    ['a verb of catching', 'The crew landed 2 million pounds this season.', '2 million pounds', 'measure', 'pounds'],
    ['"£"', 'It costs £10.', '£10', 'money', 'GBP'],
    ['"pounds sterling"', 'He was paid 10 pounds sterling.', '10 pounds sterling', 'money', 'GBP'],
    ['a paid multiple', 'They paid 5 million pounds for it.', '5 million pounds', 'money', 'GBP'],
    ['a fine of pounds', 'He got a fine of 2,000 pounds.', '2,000 pounds', 'money', 'GBP'],
    ['"pounds of" money', 'The council spent 5 million pounds of taxpayers’ money.', '5 million pounds', 'money', 'GBP'],
    ['a pound note', 'He paid with a 10-pound note.', '10-pound', 'money', 'GBP'],
  ])('reads %s', (_name, sentence, text, kind, unit) => {
    const f = findFigures(sentence)[0];
    expect([f?.text, f?.kind, f?.unit ?? f?.currency]).toEqual([text, kind, unit]);
  });

  it('reads a bare multiple of pounds as a weight only on a page that writes no British money', () => {
    const s = 'This year, the fishery is capped at 29.4 million pounds, most of it for commercial boats.';
    expect(findFigures(s, { poundSign: false }).map((f) => [f.kind, f.unit ?? f.currency])).toEqual([['measure', 'pounds']]);
    expect(findFigures(s).map((f) => [f.kind, f.unit ?? f.currency])).toEqual([['money', 'GBP']]);
    expect(findFigures('The club paid 29.4 million pounds for him.', { poundSign: false }).map((f) => f.kind)).toEqual(['money']);
  });

  it.each([
    ['what a multiple after "the" multiplies', 'Mobile ads generate twice the CTR of desktop ads.', 'twice', 'CTR'],
    ['a comparative before the noun', 'Smokers face a 2.5 times greater risk.', '2.5 times', 'risk'],
    ['"as much" a noun', 'The shell holds twice as much water as Earth.', 'twice', 'water'],
    ['the "of"-complement of a scale noun', 'They had 18 times the number of tuft cells previously reported.', '18 times', 'tuft cells'],
    ['a possessive before the noun', 'She saved 25 times their annual expenses.', '25 times', 'annual expenses'],
    ['what happened over a span', 'And interest rates plunged over the last decade.', 'the last decade', 'interest rates plunged'],
    ['the noun a measure bounds', 'Particles smaller than 2.5 microns enter the lungs.', '2.5 microns', 'particles'],
    ['the noun and dimension a measure bounds', 'It traps particles smaller than 2.5 microns in diameter.', '2.5 microns', 'particle diameter'],
    ['a multiple coordinated with another', 'Ads get the highest CTR, 2.5 times greater than widgets and about 10 times higher than banners.', '10 times', 'CTR'],
    ['the coordinated phrases a comparison after a comma describes', 'In-feed ads get the highest CTR and user engagement, 2.5 times greater than widgets.', '2.5 times', 'CTR and user engagement'],
  ])('labels %s', (_name, sentence, text, label) => {
    const f = findFigures(sentence).find((x) => x.text === text);
    expect(f?.label).toBe(label);
  });

  it('reads "four century-old schooners" as a count of schooners, no span', () => {
    expect(findFigures('He loaded the Polaris, one of four century-old wooden schooners still fishing.').map((f) => [f.text, f.kind, f.label])).toEqual([['four', 'count', 'century-old wooden schooners']]);
  });

  it('leaves no label on a span after an aside', () => {
    expect(findFigures('He is an observer of institutions — ranging from prisons to welfare offices — for the past half-century.').find((f) => f.text === 'the past half-century')?.label ?? null).toBeNull();
  });
});

describe('findFigures: session 9 (figs)', () => {
  const texts = (s: string): [string, number | string | { from: number; to: number }][] => findFigures(s).map((f) => [f.text, f.value]);

  it.each([
    ['an abbreviation and a plural noun', 'Some 200 U.S. military personnel are believed to remain at the base.', [['200', 200]]],
    ['a nationality and a plural noun', 'About 300 British troops stayed behind.', [['300', 300]]],
    ['"aircraft", whose plural is its singular', 'Emirates had a fleet of 270 aircraft.', [['270', 270]]],
  ])('counts a three-digit number before %s', (_name, sentence, expected) => {
    expect(texts(sentence)).toEqual(expected);
  });

  it.each([
    ['a model name', 'Regulators grounded its 737 Max jets.'],
    ['a model before "aircraft" after an article', 'The 787 aircraft flew again.'],
    ['a model before "aircraft" after a maker', 'Boeing’s 787 aircraft flew again.'],
  ])('reads no count in %s', (_name, sentence) => {
    expect(texts(sentence)).toEqual([]);
  });

  it.each([
    'And then one day it did something really strange.',
    'I hope that one day this project will become mature enough.',
    'A few others, but I want this post to end one day.',
    'Someone is going to uncover your login info one day—and then what?',
  ])('reads "one day" meaning "some day" as no duration: %s', (sentence) => {
    expect(texts(sentence)).toEqual([]);
  });

  it.each([
    ['One day later, Jamie left the company.', 'One day'],
    ['He was jailed for one day.', 'one day'],
    ['The strike lasted one day.', 'one day'],
  ])('keeps "one day" that is measured: %s', (sentence, text) => {
    expect(texts(sentence)).toEqual([[text, 1]]);
  });

  it.each([
    ['A year and a half ago, a scientist found the name.', 'A year and a half', 'years', null],
    ['Talks stalled more than a year and a half into the trade war.', 'a year and a half', 'years', 'more than'],
    ['The game lasted an hour and a half.', 'an hour and a half', 'hours', null],
  ])('reads a unit and a half: %s', (sentence, text, unit, qualifier) => {
    expect(findFigures(sentence).map((f) => [f.text, f.kind, f.value, f.unit, f.qualifier])).toEqual([[text, 'duration', 1.5, unit, qualifier]]);
  });
});

describe('findFigures: a half', () => {
  it.each([
    'Well, you did blow up half a city.',
    'I only use a cup and a half of honey.',
    'She discovered a half-insane cyborg.',
  ])('reads no count in a half of no unit: %s', (sentence) => {
    expect(findFigures(sentence).map((f) => f.text)).toEqual([]);
  });

  it.each([
    ['She waited half an hour.', 'half an hour', 'duration', 0.5],
    ['About half a million people came.', 'half a million', 'count', 500_000],
    ['He ate half a gram of it.', 'half a gram', 'measure', 0.5],
  ])('keeps a half with a unit or multiplier: %s', (sentence, text, kind, value) => {
    expect(findFigures(sentence).map((f) => [f.text, f.kind, f.value])).toEqual([[text, kind, value]]);
  });
});

describe('collecting the figures of a page', () => {
  const figuresOf = (body: string): string[] => extractFacts(`<html><body><article>${body}</article></body></html>`, 'https://news.example/story').figures.map((f) => f.text);

  it('leaves out the figures of other stories’ teasers under the article', () => {
    const teaser = (n: number): string => `<p>A fire destroyed ${n} homes in the valley on Monday night, officials said at a late briefing. Firefighters from three counties worked through the night to contain it and</p>`;
    expect(figuresOf(`<p>The council voted to spend $4 million on repairs to the bridge, officials said.</p>
      <p>Work is expected to take several months, the engineers told reporters at the meeting.</p>${teaser(40)}${teaser(50)}${teaser(60)}`)).toEqual(['$4 million']);
  });

  it('lists the same age of two people twice', () => {
    expect(figuresOf(`<p>Police arrested Elizabeth A. Burton, 32, of Columbus, after a traffic stop on Monday.</p>
      <p>Officers also arrested Christopher L. Tays, 32, of Franklin, on several charges.</p>`)).toEqual(['32', '32']);
  });
});

describe('findFigures: HTTP status codes', () => {
  it.each([
    'The server returned a 404 error.',
    'A sudden increase in 500 status code: You may have a problem in the server.',
    'The checklist of status codes: * 500 if an internal server error occurs, * 429 if the client makes too many requests.',
  ])('reads no count in a status code: %s', (sentence) => {
    expect(findFigures(sentence).map((f) => f.text)).toEqual([]);
  });

  it('keeps counts in a sentence about HTTP', () => {
    expect(findFigures('About 300 people attended the HTTP workshop.').map((f) => f.text)).toEqual(['300']);
  });
});

describe('findFigures: orders of magnitude compounded before a noun', () => {
  it.each(['He never earned a six-figure salary.', 'Enter the five-digit code to log in.'])('reads no count in %s', (sentence) => {
    expect(findFigures(sentence).map((f) => f.text)).toEqual([]);
  });
});

describe('findFigures: numbers that name, mark or date, not count (unannotated-corpus audit)', () => {
  it.each([
    'I believe the #1 enemy of online progress is the flood of information.',
    'But after twelve o’clock, meridian, his face blazed like a grate.',
    'At 6 o\'clock he left the office.',
    'Respectively, these alerts are classified as tickets, email alerts,22 and pages.',
    'Asking the following questions can help you avoid pager burnout:24',
    'Bearer tokens and access control...............................9 10.',
    'Example wire transcripts......................................12 12.1.',
    'https://github.com/michielbdejong/resite/wiki /Using-remoteStorage-for-web-authoring 18.',
    '1a etapa: 10 de março – Interlagos 2a etapa: 8 de abril – Curitiba',
    'Photos by J B, jakerome, 401(K) 2012.',
    'In her anthology For Keeps: 30 Years at the Movies, the critic wrote about her work.',
    'If you’ve done 80 Day Obsession with her, you know the meal plan.',
    '12(S): 115–129.',
    '30 (1&2): 5–22.',
    '1 ( ϕ 5 − ϕ ) e 2 5 π = 1 + e − 2 π 1 + e − 4 π 1 + …',
    '3 x − 1 + ( 1 + x ) 2 is an example of an inline equation.',
    'So he writes this piece (posted this morning, 14 Oct. 15) and the response was swift.',
    "$ hg commit -A -m 'fix bug 15' adding file2",
    'Sometime between 1250 and 1300, Polynesians settled in the islands.',
    'Boston: Brill Academic Publishers. pp. 71 and 73.',
  ])('reads no figure in %s', (sentence) => {
    expect(findFigures(sentence).map((f) => f.text)).toEqual([]);
  });

  it('keeps a sentence-final count that prose leads to', () => {
    expect(findFigures('The number of delegates rose to 130.').map((f) => f.value)).toEqual([130]);
  });

  it('keeps the counts of a changelog whose bullets are plus signs', () => {
    expect(findFigures('+ Added Slime Block + Changed the world height to 512 blocks').map((f) => f.value)).toEqual([512]);
  });

  it('reads a miles conversion as a measure', () => {
    expect(findFigures('New Zealand is situated some 2,000 kilometres (1,200 mi) east of Australia.').map((f) => [f.kind, f.value, f.unit])).toEqual([
      ['measure', 2000, 'kilometres'],
      ['measure', 1200, 'mi'],
    ]);
  });
});

describe('findFigures: continental thousands', () => {
  it('reads thousands grouped with a plain space in French', () => {
    expect(findFigures('Le séisme a fait près de 5 500 morts.', { language: 'fr' }).map((f) => f.value)).toEqual([5500]);
  });

  it('reads a dotted thousands before a German noun in a page declared English', () => {
    expect(findFigures('Dieses Jahr werden mehr als 40.000 Besucher erwartet.', { language: 'en' }).map((f) => f.value)).toEqual([40000]);
  });

  it('reads a range joined by a typeset minus sign', () => {
    expect(findFigures('Выложить на противень и запекать в духовке в течение 30−35 минут.', { language: 'ru' }).map((f) => f.value)).toEqual([{ from: 30, to: 35 }]);
  });
});

describe('a year-shaped number that counts', () => {
  it('keeps 2000 in "between 1500 and 2000 people" and after a qualifier, but a year range and a lone year stay dates', () => {
    const values = (s: string) => findFigures(s).map((f) => f.value);
    expect(values('Between 1500 and 2000 people marched through the city.')).toEqual([{ from: 1500, to: 2000 }]);
    expect(values('Organisers had expected about 2000 marchers.')).toEqual([2000]);
    expect(values('From 2010 to 2015 there were 3248 cases reported.')).toEqual([3248]);
    expect(values('In 2000 people were poorer.')).toEqual([]);
  });
});

describe('findFigures: continental languages', () => {
  const read = (s: string, lang: string): unknown[] => findFigures(s, { language: lang }).map((f) => [f.text, f.kind, f.value, f.currency ?? f.unit ?? null, f.qualifier]);

  it('reads amounts of money written with "de"/"d’" and the multipliers of Portuguese, Spanish, French and Italian', () => {
    expect(read('Causaron daños por 10 millones de dólares.', 'es')).toEqual([['10 millones de dólares', 'money', 10_000_000, 'USD', null]]);
    expect(read('Microsoft pagó 68.700 millones de dólares y 5 mil millones de pesos.', 'es')).toEqual([['68.700 millones de dólares', 'money', 68_700_000_000, 'USD', null], ['5 mil millones', 'count', 5_000_000_000, null, null]]);
    expect(read('Le groupe a perdu plus de 3 millions d’euros.', 'fr')).toEqual([['3 millions d’euros', 'money', 3_000_000, 'EUR', 'more than']]);
    expect(read('A Petrobras investiu R$ 3 milhões com 40 mil pessoas.', 'pt-BR')).toEqual([['R$ 3 milhões', 'money', 3_000_000, 'BRL', null], ['40 mil', 'count', 40_000, null, null]]);
  });

  it('reads units of time in those languages as the English unit, German capitalised nouns too', () => {
    expect(read('O Miguel foi um grande parceiro durante 25 anos.', 'pt')).toEqual([['25 anos', 'duration', 25, 'years', null]]);
    expect(read('Die Daten werden nach 28 Tagen gelöscht.', 'de')).toEqual([['28 Tagen', 'duration', 28, 'days', null]]);
    expect(read('Se cobró cerca de 40.000 vidas, al menos 5 años.', 'es')).toEqual([['40.000', 'count', 40_000, null, 'about'], ['5 años', 'duration', 5, 'years', 'at least']]);
  });

  it('keeps a capitalised word after a number word from reading as millions ("seven Māori electorates")', () => {
    expect(read('It includes seven Māori electorates.', 'en')).toEqual([['seven', 'count', 7, null, null]]);
  });

  it('reads thousands joined by a dash as a range, not a win-loss record', () => {
    expect(read('The wars killed 30,000–40,000 Māori.', 'en')).toEqual([['30,000–40,000', 'range', { from: 30_000, to: 40_000 }, null, null]]);
  });

  it('guesses a continental language for a page that declares none and is plainly not English', () => {
    const spanish = 'En Estados Unidos, las reservaciones indígenas ocupan una parte del país y la ciudad, pero los conflictos con el gobierno para la tierra son más graves que en otros lugares y su historia es larga.';
    expect(figureLanguage(`${spanish} ${spanish}`, null)).toBe('es');
    const english = 'Regular FIRE is someone whose spending is in line with the average US household, around $60,000 a year, and that is the plan for most of the people who want to retire early with a pension and a house.';
    expect(figureLanguage(`${english} ${english}`, null)).toBe('en');
  });
});

describe('findFigures: shapes read in session 11', () => {
  const read = (s: string, lang = 'en'): unknown[] => findFigures(s, { language: lang }).map((f) => [f.text, f.kind, f.value, f.unit ?? null]);

  it('reads no percent in "a fraction of a percent"', () => {
    expect(read('Each task represents a fraction of a percent of our users.')).toEqual([]);
  });

  it('reads "forty-year-olds" as an age', () => {
    expect(read('He faced a bunch of forty-year-olds.')).toEqual([['forty-year-olds', 'count', 40, null]]);
  });

  it('reads a dotted number naming a release as its version, and milliseconds as a span', () => {
    expect(read('The 2.8 release appears to be worth checking out.')).toEqual([['2.8', 'version', '2.8', null]]);
    expect(read('It has an average latency of 100 ms.')).toEqual([['100 ms', 'duration', 100, 'milliseconds']]);
  });

  it('reads no figure in a shell transcript', () => {
    expect(read('$ hg clone public alice updating to branch default 2 files updated, 0 files merged')).toEqual([]);
    expect(read('$ HGMERGE=internal:other hg evolve 0 files updated, 1 files merged')).toEqual([]);
  });

  it('reads Russian spans of time ("30 лет") but not a year in the genitive ("2019 года")', () => {
    expect(read('Они уже почти 30 лет счастливы в браке с 2019 года.', 'ru')).toEqual([['30 лет', 'duration', 30, 'years']]);
  });
});

describe('findFigures: seats and models counted in words', () => {
  const read = (s: string): unknown[] => findFigures(s, { language: 'en' }).map((f) => [f.text, f.value, f.label]);
  it('reads "seating for four" as a count of seats, "room for two more players" as players', () => {
    expect(read('Inside, there’s seating for four, though VW says it could add a rear bench.')).toEqual([['four', 4, 'seats']]);
    expect(read('There is room for two more players.')).toEqual([['two', 2, 'players']]);
  });
  it('reads a number word before a model name as its count ("five 787 Dreamliner sales"), not before a slip ("nine 10 games")', () => {
    expect(read('It comes in addition to five 787 Dreamliner sales earlier this week.')).toEqual([['five', 5, 'sales']]);
    expect(read('They won eight of their nine 10 games.').map((f) => (f as unknown[])[0])).not.toContain('nine');
  });
});

describe('findFigures: percentage points and dotted versions', () => {
  const read = (s: string): unknown[] => findFigures(s, { language: 'en' }).map((f) => [f.text, f.kind, f.value, f.unit ?? null]);
  it('measures a change in percentage points, in digits or words ("a quarter-point"), as ANNOTATING.md files basis points', () => {
    expect(read('The yield has risen by more than half a percentage point, to 3.1 percent.')).toEqual([['half a percentage point', 'measure', 0.5, 'percentage points'], ['3.1 percent', 'percent', 3.1, '%']]);
    expect(read('The Fed cut its benchmark interest rate by a quarter-point last month.')).toEqual([['a quarter-point', 'measure', 0.25, 'percentage points']]);
    expect(read('Turnout rose 2.5 percentage points.')).toEqual([['2.5 percentage points', 'measure', 2.5, 'percentage points']]);
  });
  it('reads three dotted groups as a version, not a padded date, a continental amount or an IP address', () => {
    expect(read('It exists on all Minecraft versions as of 1.8.3, the packets used.')).toEqual([['1.8.3', 'version', '1.8.3', null]]);
    expect(findFigures('Am 10.03.2020 zahlte er 1.000.000 Euro an 192.168.1.1.', { language: 'de' }).map((f) => f.kind)).toEqual(['money']);
  });
});

describe('findFigures: the noun after a number in French, Spanish, Portuguese and Italian', () => {
  it('labels a count by the lower-case word after it, so small counts are kept ("7 non-inscrits", "3 personas")', () => {
    expect(findFigures('Ont voté contre 7 non-inscrits et 3 personas de la ville.', { language: 'fr' }).map((f) => [f.value, f.label])).toEqual([[7, 'non-inscrits'], [3, 'personas']]);
  });
  it('reads a day and month written with a slash as no fraction ("les 25/11, 30/11 et 02/12"), and Russian dates as dates', () => {
    expect(findFigures('Il le rediffusera les 25/11, 30/11 et 02/12 prochains.', { language: 'fr' })).toEqual([]);
    expect(findFigures('Голосование продлится до 8 октября.', { language: 'ru' })).toEqual([]);
  });
});

describe('findFigures: continental number words', () => {
  const read = (s: string, lang: string): unknown[] => findFigures(s, { language: lang }).map((f) => [f.text, f.value, f.unit ?? f.label]);
  it('reads two to ten in words in Spanish, French, Portuguese and German', () => {
    expect(read('Y sobre los servicios hay dos posibilidades.', 'es')).toEqual([['dos', 2, 'posibilidades']]);
    expect(read('Les données seront conservées jusqu’à dix ans.', 'fr')).toEqual([['dix ans', 10, 'years']]);
    expect(read('Drei Menschen starben.', 'de')).toEqual([['Drei', 3, 'Menschen']]);
  });
  it('reads Portuguese "dos" as "of the", not two', () => {
    expect(read('É um dos maiores prazeres da vida, com cinco amigos.', 'pt')).toEqual([['cinco', 5, 'amigos']]);
  });
});

describe('findFigures: held-out 7 kinds (session 12)', () => {
  const brief = (s: string, language = 'en') => findFigures(s, { language }).map((f) => [f.text, f.kind, f.value, f.qualifier, f.label]);
  it('prices a model after a currency sign and counts a hedged number before a name', () => {
    expect(brief('Buyers could also pick the $349 Zephyr Two S instead.')).toEqual([['$349', 'money', 349, null, 'Zephyr Two S price']]);
    expect(brief('The studio says over 140 Zephyr-ready titles are planned.')).toEqual([['140', 'count', 140, 'more than', 'titles planned']]);
    expect(brief('Environ 300 Belges ont quitté la ville.', 'fr')).toEqual([['300', 'count', 300, 'about', 'Belges']]);
  });
  it('reads an age after "I’m" or "she was"', () => {
    expect(brief('I’m 68 and my neighbour keeps parking on my lawn.')).toEqual([['68', 'count', 68, null, 'age']]);
    expect(brief('She was 19 when she moved to Lyon.')).toEqual([['19', 'count', 19, null, 'age']]);
  });
  it('reads "a week or two" as a range of one to two units', () => {
    expect(brief('The repairs should take a week or two.').map((f) => [f[0], f[1], f[2]])).toEqual([['a week or two', 'range', { from: 1, to: 2 }]]);
  });
  it('leaves a connector size alone', () => {
    expect(brief('The tablet keeps its 3.5mm headphone jack.')).toEqual([]);
  });
  it('reads a Romance round number ("une vingtaine de") as about that many', () => {
    expect(brief('Une vingtaine de maisons ont brûlé.', 'fr')).toEqual([['Une vingtaine', 'count', 20, 'about', 'maisons']]);
    expect(brief('Il a parlé pendant une dizaine de minutes.', 'fr').map((f) => [f[1], f[2]])).toEqual([['duration', 10]]);
  });
});

describe('findFigures: a name’s number recurring alone (session 12)', () => {
  it('collects the numbers written inside names in prose, not a currency’s or a headline’s', () => {
    expect([...nameNumbers('Fans of the Zenbox 720 console and owners of the Zenbox 720 alike.')]).toEqual(['720']);
    expect([...nameNumbers('It costs Rs 300 for a day.')]).toEqual([]);
    expect([...nameNumbers('Harbor Cuts 300 Jobs')]).toEqual([]);
  });
  it('reads the digits alone before a singular noun as the name, before a plural noun as a count', () => {
    const names = nameNumbers('a handful of Zenbox 720 games will run.');
    expect(findFigures('Do not expect your whole 720 library to run.', { language: 'en', names })).toEqual([]);
    expect(findFigures('The studio shipped 720 copies.', { language: 'en', names }).map((f) => f.value)).toEqual([720]);
  });
  it('counts "the eight games" that a list announces or that "worth" chooses', () => {
    expect(findFigures('I put together a list of the eight puzzle games for you.', { language: 'en' }).map((f) => f.value)).toEqual([8]);
    expect(findFigures('These are the five novels worth reading this winter.', { language: 'en' }).map((f) => f.value)).toEqual([5]);
  });
});

describe('findFigures: decades of life and hedged halves (session 12)', () => {
  const brief = (s: string) => findFigures(s, { language: 'en' }).map((f) => [f.text, f.kind, f.value, f.qualifier]);
  it('reads "since his 30s" as a period, "in her 70s" as an age', () => {
    expect(brief('She has painted since her 30s and never stopped.')).toEqual([]);
    expect(brief('A retired nurse in her 70s runs the shop.')).toEqual([['70s', 'range', { from: 70, to: 79 }, null]]);
  });
  it('reads a hedged "half" before a verb as a share', () => {
    expect(brief('About half arrived late.')).toEqual([['half', 'percent', 50, 'about']]);
  });
});

describe('findFigures: dimensions (session 12)', () => {
  it('leaves both sides of "N by M" alone, not "N by <year>"', () => {
    expect(findFigures('The panel shows 3,840 by 2,160 pixels.', { language: 'en' })).toEqual([]);
    expect(findFigures('The shed measures 8 x 10 feet.', { language: 'en' })).toEqual([]);
    expect(findFigures('The chain wants 300 stores by 2030.', { language: 'en' }).map((f) => f.value)).toEqual([300]);
  });
});

describe('findFigures: hardware units (session 12)', () => {
  const brief = (s: string) => findFigures(s, { language: 'en' }).map((f) => [f.text, f.kind, f.value, f.unit]);
  it('reads hertz, watts glued to digits and transfer rates as measures', () => {
    expect(brief('Its screen refreshes at 144Hz.')).toEqual([['144Hz', 'measure', 144, 'Hz']]);
    expect(brief('The brick delivers 45W to the laptop.')).toEqual([['45W', 'measure', 45, 'W']]);
    expect(brief('Uploads reach 300 Mbps.').map((f) => f.slice(0, 3))).toEqual([['300 Mbps', 'measure', 300]]);
  });
  it('leaves a street direction alone', () => {
    expect(brief('She moved to 410 W Elm Street.')).toEqual([]);
  });
});

describe('findFigures: exchange rates (session 12)', () => {
  it('reads "N per dollar" after a named currency as money in that currency', () => {
    expect(findFigures('The won firmed to 1,180.5 per dollar on Tuesday.', { language: 'en' }).map((f) => [f.kind, f.value, f.currency, f.label])).toEqual([['money', 1180.5, 'KRW', 'won exchange rate']]);
    expect(findFigures('The shop gives 30 points per dollar spent.', { language: 'en' }).map((f) => f.kind)).not.toContain('money');
  });
});

describe('findFigures: session 12 — number words, shares, restated digits', () => {
  const pick = (s: string) => findFigures(s).map((f) => [f.text, f.kind, f.value]);
  it('reads a lower-case number word after a capitalised word as a count, not a name', () => {
    expect(pick('Stir three spoons of cocoa into two spoons of cream.')).toEqual([['three', 'count', 3], ['two', 'count', 2]]);
    expect(pick('Officials told WXYZ four miners were trapped.')).toEqual([['four', 'count', 4]]);
    expect(pick('“We two are done,” Ana said.')).toEqual([]);
    expect(pick('Formula One drivers met in Monaco.')).toEqual([]);
  });
  it('lists a number word restated in brackets once, counting the noun after the brackets', () => {
    expect(pick('Each kit ships with six (6) spare filters.')).toEqual([['six', 'count', 6]]);
  });
  it('counts a plural head closed by a participle', () => {
    expect(pick('The shelf holds about twelve storage boxes depending on size.')).toEqual([['twelve', 'count', 12]]);
  });
  it('reads megapixels as a measure of resolution', () => {
    const [f] = findFigures('The phone packs a 48-megapixel sensor.');
    expect([f?.kind, f?.value, f?.unit]).toEqual(['measure', 48, 'megapixel']);
    expect(findFigures('The screens hold 19 megapixels in all.')[0]?.label).toBe('resolution');
  });
  it('reads a part of a small whole of a population as a share', () => {
    expect(pick('Roughly one in three teachers plans to leave.')).toEqual([['one in three', 'percent', 33.3]]);
    expect(pick('Three out of four drivers agreed.')).toEqual([['Three out of four', 'percent', 75]]);
    // A part in a whole before any plural noun is a share of it ("five attacks" were not counted); a verb's left-out object
    // over occasions ("scored two in three games") and a span ("two in three years") are no share.
    expect(pick('Two in five attacks failed.')).toEqual([['Two in five', 'percent', 40]]);
    expect(pick('One in five jobs in the region depends on tourism.')).toEqual([['One in five', 'percent', 20]]);
    expect(findFigures('One in five jobs depends on tourism.')[0]?.label).toBe('jobs');
    expect(pick('One in 10 children lives in poverty, up from one in 12 a decade ago.')).toEqual([['One in 10', 'percent', 10], ['one in 12', 'percent', 8.3]]);
    expect(pick('Nearly 1 in 1,000 births is affected.')).toEqual([['1 in 1,000', 'percent', 0.1]]);
    expect(pick('One in every four adults has high blood pressure.')).toEqual([['One in every four', 'percent', 25]]);
    expect(pick('Roughly two-in-five workers quit.')).toEqual([['two-in-five', 'percent', 40]]);
    expect(findFigures('One out of every 10 dollars goes to interest.').map((f) => [f.text, f.value, f.label])).toEqual([['One out of every 10', 10, 'dollars']]);
    expect(pick('A 2-in-1 laptop costs $900.')).toEqual([['$900', 'money', 900]]);
    expect(pick('He scored two in three games.').some((f) => f[1] === 'percent')).toBe(false);
    expect(pick('Two in three years is too long.').some((f) => f[1] === 'percent')).toBe(false);
    expect(pick('The team won 14 out of 20 games.').some((f) => f[1] === 'percent')).toBe(false);
    expect(pick('One in 2019 was sold.').some((f) => f[1] === 'percent')).toBe(false);
  });
  it('reads no count in the base of a rate nor in a capitalised chart name', () => {
    expect(pick('Region 4 reported 320 cases, or 12 per 100,000 residents.').map((f) => f[0])).not.toContain('100,000');
    expect(pick('The rate fell to 3.1 deaths per 1 million people.').map((f) => f[0])).toEqual(['3.1']);
    expect(pick('The Top 10 list includes four American firms.')).toEqual([['four', 'count', 4]]);
    expect(pick('The song reached the Top 40 in 14 countries.')).toEqual([['14', 'count', 14]]);
    expect(pick('It is among the top 10 employers in the state.')).toEqual([['10', 'count', 10]]);
    expect(pick('The top 1% of earners paid 40% of taxes.').map((f) => f[0])).toEqual(['1%', '40%']);
    // The level of a statistical interval is no share.
    expect(pick('The risk was lower (hazard ratio 0.78; 95% CI 0.65-0.93).')).toEqual([]);
    expect(pick('About 95% of customers renewed.')).toEqual([['95%', 'percent', 95]]);
  });
  it('reads a multiple in millions as one multiple, not a count', () => {
    expect(pick('The new chip is 1 million times faster than the first processors.')).toEqual([['1 million times', 'measure', 1000000]]);
    expect(pick('Rents rose 10 times more than wages.')).toEqual([['10 times', 'measure', 10]]);
    expect(pick("You're a million times better off ordering now.")).toEqual([]);
  });
  it('reads no tally in "a second time" (again) nor in a bill\'s reading or a day\'s order', () => {
    expect(pick('He said he would not declare martial law a second time, a concern of lawmakers.')).toEqual([]);
    expect(pick('This was the fourth time I have been deported.')).toEqual([['fourth time', 'count', 4]]);
    expect(pick('The bill passed its third reading on Tuesday.')).toEqual([]);
    expect(pick('"Today\'s second hearing is over," she said.')).toEqual([]);
    expect(pick('The company made its sixth acquisition in September.')).toEqual([['sixth acquisition', 'count', 6]]);
  });
  it('reads a change by a fraction in words as a share', () => {
    expect(pick('Bookings dropped by a quarter in March.')).toEqual([['a quarter', 'percent', 25]]);
    expect(pick('The bank lowered rates by a quarter point.')).toEqual([['a quarter point', 'measure', 0.25]]);
  });
});

describe('findFigures: session 13 — leading points, idioms, "one" as an object, expected and combined figures', () => {
  const pick = (s: string) => findFigures(s).map((f) => [f.text, f.kind, f.value]);

  it('reads a decimal written without its leading zero', () => {
    expect(pick('The new model trails the leader by just .6 percent on the test.')).toEqual([['.6 percent', 'percent', 0.6]]);
    expect(pick('Shares of the retailer slipped .4% in early trading.')).toEqual([['.4%', 'percent', 0.4]]);
    expect(pick('Each song costs $.79 in the new store.')).toEqual([['$.79', 'money', 0.79]]);
    // A dot glued to letters, or a version's second part, is no leading point.
    expect(pick('The framework ships with the app.7 module and version 2.5 percent fixes.').filter((f) => f[0] === '.7')).toEqual([]);
  });

  it('reads "think twice" as an idiom, not two times', () => {
    expect(pick('Higher fees may make some shoppers think twice about switching banks.')).toEqual([]);
    expect(pick('She thought twice before signing.')).toEqual([]);
    expect(pick('The striker scored twice in the second half.')).toEqual([['twice', 'count', 2]]);
  });

  it('counts "one" as the object of winning, buying, selling or owning', () => {
    expect(pick('The fund bid on one parcel, worth 500 acres, at the sale.').filter((f) => f[0] === 'one')).toEqual([['one', 'count', 1]]);
    expect(pick('The chain owns one store in the city.')).toEqual([['one', 'count', 1]]);
    expect(pick('In one case, the court ruled for the tenant.')).toEqual([]);
  });

  it('lists an expected figure apart from the reported one of the same value', () => {
    const html = '<html><body><article><p>The retailer said its quarterly revenue fell 3 percent to $2.41 billion.</p><p>Analysts had expected a profit of 20 cents per share on revenue of $2.41 billion, according to a survey.</p></article></body></html>';
    expect(extractFacts(html, 'https://news.example/a').figures.filter((f) => f.value === 2_410_000_000).map((f) => f.evidence.paragraph)).toEqual([0, 1]);
  });

  it('lists a combined count apart from one owner\'s count of the same number', () => {
    const html = '<html><body><article><p>The delivery startup operated in 12 cities across the country before the merger.</p><p>Its new site lists the 12 combined cities both services now cover, including Denver.</p></article></body></html>';
    expect(extractFacts(html, 'https://news.example/a').figures.filter((f) => f.value === 12).map((f) => f.evidence.paragraph)).toEqual([0, 1]);
  });
});

describe('findFigures: session 14 — listings, names with numbers, units, compound spans', () => {
  const pick = (s: string) => findFigures(s).map((f) => [f.text, f.kind, f.value, ...(f.unit ? [f.unit] : []), ...(f.currency ? [f.currency] : [])]);

  it('reads no street number of an abbreviated or numbered street, nor the first end of a clock span', () => {
    expect(pick('First Christian Church, 6165 Leesburg Pike, Falls Church. Thursdays, 10-11 a.m.')).toEqual([]);
    expect(pick('The group meets at 1701 14th St. NW on Mondays.')).toEqual([]);
    expect(pick('Classes are held at 4225 Southwinds Pl. and 3950 Ferrara Dr., from 9 to 11:30 am.')).toEqual([]);
    // A count stays one.
    expect(pick('Voters in 12 states went to the polls.')).toEqual([['12', 'count', 12]]);
  });

  it('reads no figure in a live blog\'s minute stamp', () => {
    expect(pick('13 min: The impressive Lingard bursts down the inside-left channel.')).toEqual([]);
    expect(pick('45+2 min: Booked for a late tackle.')).toEqual([]);
    // Not at the head of the paragraph, minutes are a span.
    expect(pick('Play was stopped for 13 minutes: fans had run onto the pitch.')).toEqual([['13 minutes', 'duration', 13, 'minutes']]);
  });

  it('reads an isotope and a lower-case model word before digits as names', () => {
    expect(pick('The water contained strontium 90 and caesium 137.')).toEqual([]);
    expect(pick('Apple unveiled the iPad mini 3 and the iPod touch 5.')).toEqual([]);
    // Other numbers after an element stay figures.
    expect(pick('The plant cut carbon 40 percent by 2020.')).toEqual([['40 percent', 'percent', 40, '%']]);
  });

  it('reads temperatures in C and F, with their sign, where the sentence speaks of heat or cold', () => {
    expect(pick('The bugs can survive chills of -20 C, researchers said.')).toEqual([['-20 C', 'measure', -20, '°C']]);
    expect(pick('Highs will reach 35C on Friday.')).toEqual([['35C', 'measure', 35, '°C']]);
    expect(pick('It was minus 15 degrees on the summit.')).toEqual([['minus 15 degrees', 'measure', -15, 'degrees']]);
    expect(pick('The company made 30 C-suite hires.')).toEqual([['30', 'count', 30]]);
    expect(pick('Temperatures ranged from 10-20 degrees.').map((f) => f[1])).toEqual(['range']);
  });

  it('keeps a rate unit and reads radioactivity as a measure', () => {
    expect(pick('The rock hit the Moon at an estimated 17km/s.')).toEqual([['17km/s', 'measure', 17, 'km/s']]);
    expect(pick('The new chip moves data at 4.6Gb/sec.')).toEqual([['4.6Gb/sec', 'measure', 4.6, 'Gb/sec']]);
    expect(pick('Samples held 230 million becquerels per liter.')).toEqual([['230 million becquerels', 'measure', 230_000_000, 'becquerels']]);
  });

  it('reads a capitalised hedge inside a title-case name as part of the name', () => {
    expect(pick('A support group, Gay Men Over 50, meets on Tuesdays.')).toEqual([]);
    expect(pick('Over 50 people attended the rally.')).toEqual([['50', 'count', 50]]);
  });

  it('lists a span of the lead restated in the same words just after it once', () => {
    // (Two spans of two things in one later sentence stay two.)
    const html = '<html><body><article><p>Over more than two months, families told Mona Mahmood their stories.</p><p>The Old City was ruined.</p><p>In interviews conducted over more than two months, people opened up.</p><p>He spent two years in Baghdad, and later two years in Basra.</p></article></body></html>';
    expect(extractFacts(html, 'https://news.example/a').figures.filter((f) => f.kind === 'duration').map((f) => [f.text, f.evidence.paragraph])).toEqual([['two months', 0], ['two years', 3], ['two years', 3]]);
  });

  it('reads "$US", "at age five", "a quarter-of-a-century" and a set picked out by a superlative', () => {
    expect(pick('The device sells for fewer than $US250.')).toEqual([['$US250', 'money', 250, 'USD']]);
    expect(pick('The miner raised $A1.2 billion.')).toEqual([['$A1.2 billion', 'money', 1_200_000_000, 'AUD']]);
    expect(findFigures('She moved from Costa Rica with her parents at age five.').map((f) => [f.text, f.value, f.label])).toEqual([['five', 5, 'age']]);
    expect(pick('A quarter-of-a-century after the Berlin Wall fell, Germany is still divided.')).toEqual([['A quarter-of-a-century', 'duration', 25, 'years']]);
    expect(pick('The ads ran in the eight states with the most competitive Senate races.')).toEqual([['eight', 'count', 8]]);
    expect(pick('The two leaders met on Friday.')).toEqual([]);
  });
});

describe('findFigures: sizes, phrasal verbs, names and references (review R7, R8, R10)', () => {
  const pick = (s: string) => findFigures(s).map((f) => [f.text, f.kind, f.value, f.unit ?? null, f.qualifier ?? null]);

  it('reads "At 11 megs," as a size, not an age', () => {
    expect(pick("At 11 megs, we'll push less data to users.")).toEqual([['11 megs', 'measure', 11, 'MB', null]]);
    expect(pick('At 11, she moved to Paris.')).toEqual([['11', 'count', 11, null, null]]);
    expect(pick('It uses twenty gigs of data a month, not 20 gigs on tour.').slice(0, 1)).toEqual([['twenty gigs', 'measure', 20, 'GB per month', null]]);
  });

  it('reads "up to" after a verb that changed a thing as no cap', () => {
    expect(pick('The refresh rate has been bumped up to 120Hz.')).toEqual([['120Hz', 'measure', 120, 'Hz', null]]);
    expect(pick('Apple ramped up to 300 engineers on the project.')).toEqual([['300', 'count', 300, null, null]]);
    expect(pick('The laptop offers up to 10 hours of battery life.')).toEqual([['10 hours', 'duration', 10, 'hours', 'up to']]);
    expect(pick('The system can scale up to 1,000 nodes.')).toEqual([['1,000', 'count', 1000, null, 'up to']]);
  });

  it('reads km/h whole, as a speed', () => {
    expect(findFigures('Drivers can close the roof at speeds at up to 50 km/h.').map((f) => [f.text, f.unit, f.label])).toEqual([['50 km/h', 'km/h', 'speed']]);
  });

  it('reads no figure in ranks, ISBNs, reference lists, idioms and operating system releases', () => {
    expect(pick('The song went all the way into the top 10 last week.')).toEqual([]);
    expect(pick('Here are my top 21 films of 2017.')).toEqual([['21', 'count', 21, null, null]]);
    expect(pick('The top 1% of earners pay most of it.')).toEqual([['1%', 'percent', 1, '%', null]]);
    expect(pick('ISBN-10: 0692095446 ISBN-13: 978–0692095447')).toEqual([]);
    expect(pick('Smith, J. (2015). Plant biology. Journal of Botany, 52(7), 3977–3985.')).toEqual([]);
    expect(pick('As they used to say, news at 11.')).toEqual([]);
    expect(pick("I'm not 100% sure it works, but 100% of users agreed.")).toEqual([['100%', 'percent', 100, '%', null]]);
    expect(pick('New features are coming in Windows Phone 8.1 and the Windows 8.1 update.')).toEqual([]);
    expect(findFigures('The 2.8 release and iOS version 11.3 fix it.').map((f) => [f.kind, f.value])).toEqual([['version', '2.8'], ['version', '11.3']]);
  });

  it('reads a measure and a half, a hedged unit, "or so" before the noun, and a thing doubled', () => {
    expect(pick('The iPad weighs a pound and a half.')).toEqual([['a pound and a half', 'measure', 1.5, 'pounds', null]]);
    expect(pick('The old one weighed about a pound.')).toEqual([['a pound', 'measure', 1, 'pounds', 'about']]);
    expect(pick('Apples cost $2 a pound.')).toEqual([['$2', 'money', 2, null, null]]);
    expect(pick('There are at least a good five or so superheroes in it.')).toEqual([['five or so', 'count', 5, null, 'about']]);
    expect(pick('Multi-core performance has effectively doubled.')).toEqual([['doubled', 'measure', 2, 'times', null]]);
    expect(pick('The cost has more than tripled.')).toEqual([['tripled', 'measure', 3, 'times', 'more than']]);
    expect(pick('Sales doubled to $4 million, and the company doubled down on its bet.').map((f) => f[0])).toEqual(['$4 million']);
  });

  it('lists the same number counting different things twice, and a count restated once', () => {
    const html = '<html><body><article><p>Hazelnut: 10 catkin/cones, dried.</p><p>Oak: 10 very small twigs.</p><p>The team hired 12 engineers in May.</p><p>By June the 12 engineers had shipped the app.</p><p>The streak reached 15 in November, and their unbeaten streak to 15 games is a record.</p></article></body></html>';
    expect(extractFacts(html, 'https://news.example/a').figures.map((f) => [f.text, f.label])).toEqual([['10', 'catkin/cones'], ['10', 'very small twigs'], ['12', 'engineers'], ['15', 'streak'], ['15', 'games']]);
  });
});

describe('findFigures: tallies with "to", heights in feet and inches, numbers closing a name', () => {
  const pick = (s: string) => findFigures(s).map((f) => [f.text, f.kind, f.value]);

  it('reads a vote or a score written with "to" as no quantity, a range of counted things as one', () => {
    expect(pick('The Senate voted 52 to 48 to confirm him.')).toEqual([]);
    expect(pick('The measure passed by a vote of 217 to 213.')).toEqual([]);
    expect(pick('The Lakers beat the Celtics 112 to 107 on Sunday.')).toEqual([]);
    expect(pick('The committee voted 13 to 9 along party lines.')).toEqual([]);
    expect(pick('The party won 10 to 12 seats.')).toEqual([['10 to 12', 'range', { from: 10, to: 12 }]]);
    expect(pick('Multi-core scores increased from 5425 to 5641.').map((f) => f[2])).toEqual([5425, 5641]);
  });

  it('reads the inches after a height in feet as no count', () => {
    expect(pick('Her overall height is 5 foot 11.')).toEqual([['5 foot', 'measure', 5]]);
    expect(pick('He is 6 feet 2 inches tall.')).toEqual([['6 feet', 'measure', 6], ['2 inches', 'measure', 2]]);
  });

  it('reads a number closing a name as no count: "7-Eleven", "the Gang of Four album"', () => {
    expect(pick('He bought a 7-Eleven franchise.')).toEqual([]);
    expect(pick('The Gang of Four album was reissued.')).toEqual([]);
    expect(pick('Four teams from there will join the field.')).toEqual([['Four', 'count', 4]]);
    expect(pick('Sales rose in four of the quarters.')).toEqual([['four', 'count', 4]]);
  });
});

describe('findFigures: metres glued as "m", a pair of years, a model after a slash', () => {
  const pick = (s: string) => findFigures(s).map((f) => [f.text, f.kind, f.value, f.unit ?? null]);

  it('reads a glued "m" in a context of length or depth as metres, elsewhere as millions', () => {
    expect(pick("It's waterproof to 100m, but the gauge is separate.")).toEqual([['100m', 'measure', 100, 'm']]);
    expect(pick("It's perhaps 200-300m long.")).toEqual([['200-300m', 'range', { from: 200, to: 300 }, 'm']]);
    expect(pick('To get the dive-focused 100m rating, they switched ports.')).toEqual([['100m', 'measure', 100, 'm']]);
    expect(pick('About 100m people watched the final.')).toEqual([['100m', 'count', 100_000_000, null]]);
    expect(pick('He sued for $3m in damages.')).toEqual([['$3m', 'money', 3_000_000, null]]);
    expect(pick('The company fell 10m short of its target.').map((f) => f[2])).toEqual([10_000_000]);
  });

  it('reads a season written as two years and a model number after a slash as no figure', () => {
    expect(pick('Then last winter (2016/2017) they resumed shipping.')).toEqual([]);
    expect(pick('Garmin supports it in all its devices (Fenix 5/Edge 1030/FR935), so that helps.')).toEqual([]);
    expect(pick('He ate 3/4 of the pie.').map((f) => f[2])).toEqual([0.75]);
  });
});

describe('findFigures: a round number after "a" in a figure of speech', () => {
  const pick = (s: string) => findFigures(s).map((f) => [f.text, f.kind, f.value]);

  it('reads hyperbole as no figure, a round number that counts as one', () => {
    expect(pick("You're a million times better off ordering now.")).toEqual([]);
    expect(pick('You can spot the cellular version a million miles away.')).toEqual([]);
    expect(pick('Lao Tzu said that the journey of a thousand miles begins with a single step.')).toEqual([]);
    expect(pick('I would never have guessed it in a million years.')).toEqual([]);
    expect(pick('It is akin to their twice-yearly members-only sale.')).toEqual([]);
    expect(pick('He has seen the film twice.')).toEqual([['twice', 'count', 2]]);
    expect(pick('A thousand people marched.')).toEqual([['A thousand', 'count', 1000]]);
    expect(pick('The trip covered a thousand miles across Texas.')).toEqual([['a thousand miles', 'measure', 1000]]);
  });
});

describe('pointsBack: a figure pointed back at by "these" or "the" is listed once', () => {
  it('drops a restatement after a demonstrative or "the", keeps small counts, ages and other named things', () => {
    const html = '<html><body><article><p>Nearly 150 Indians returned home on Wednesday after being deported.</p><p>The agents said $53 million a week crosses the border.</p><p>The program now counts 14 firms.</p><p>He scored two goals early.</p><p>The old mouse was replaced with an even better reviewed $99 Logitech MX Master 3 advanced mouse.</p><p>Officials said these 150 Indians had overstayed their visas.</p><p>That is less than the $53 million figure he cited.</p><p>The 14 companies can bid on delivery services.</p><p>They won after the two goals by Smith.</p><p>I received one for testing alongside the $99 Logitech’s MX Keys keyboard.</p></article></body></html>';
    expect(extractFacts(html, 'https://news.example/a').figures.map((f) => [f.text, f.evidence.paragraph])).toEqual([
      ['150', 0], ['$53 million', 1], ['14', 2], ['two', 3], ['$99', 4], ['$99', 9],
    ]);
  });
});

describe('pointsBack: a measure pointed at again by "that" or "the same"', () => {
  it('drops the restated measure, keeps a new one of the same value', () => {
    const html = '<html><body><article><p>In our testing, we had a baseline of 38 dBa of ambient noise in the office.</p><p>In the same 38 dBA room, the old laptop under heavy load was louder.</p><p>The fans get audible in that 38 dBa office environment at full load.</p><p>The road is 38 dBa quieter than it was before the works.</p></article></body></html>';
    expect(extractFacts(html, 'https://news.example/a').figures.map((f) => [f.text, f.evidence.paragraph])).toEqual([['38 dBa', 0], ['38 dBa', 3]]);
  });
});

describe('expectedFigure', () => {
  it('reads a figure analysts expected, not a hedge nor a clause after a dash', async () => {
    const { expectedFigure } = await import('../../src/extract/figures.ts');
    expect(expectedFigure('Analysts polled by the firm expected sales of $3.2 billion.', '$3.2 billion')).toBe(true);
    expect(expectedFigure('An estimated 5,000 people marched through the town.', '5,000')).toBe(false);
    expect(expectedFigure('That is what buyers can expect — an hour more than the 13-inch model.', '13-inch')).toBe(false);
  });
});

describe('units glued to the number, long bare counts, currency names', () => {
  const read = (s: string) => findFigures(s, { language: 'en' }).map((f) => [f.text, f.kind, f.value, f.currency ?? f.unit ?? null]);
  it('reads a currency code, an abbreviated unit of time or a measure glued to the number', () => {
    expect(read("At 25EUR for the dive, it's not too bad.")).toEqual([['25EUR', 'money', 25, 'EUR']]);
    expect(read('It is comparable ($999USD for base model) to others.')).toEqual([['$999USD', 'money', 999, 'USD']]);
    expect(read('The battery lasted 46hrs in testing.')).toEqual([['46hrs', 'duration', 46, 'hours']]);
    expect(read('Copper hit 9-mth lows.')).toEqual([['9-mth', 'duration', 9, 'months']]);
    expect(read('My heart rate hit 160bpm on the climb.')).toEqual([['160bpm', 'measure', 160, 'bpm']]);
    expect(read('It weighs 43g.')).toEqual([['43g', 'measure', 43, 'g']]);
    expect(read('The lights flash every .75 seconds.')).toEqual([['.75 seconds', 'duration', 0.75, 'seconds']]);
    expect(read('Hong Kong stocks closed 1.75 pct lower.')).toEqual([['1.75 pct', 'percent', 1.75, '%']]);
    expect(read('Shanghai copper slid 5pc on Tuesday.')).toEqual([['5pc', 'percent', 5, '%']]);
    // (a generation of mobile networks in lower case is no weight; an ISO code needs its digits glued or spaced)
    expect(read('The 4g network is spotty.')).toEqual([]);
    expect(read('The EUR weakened against the dollar.')).toEqual([]);
  });
  it('counts a bare number of five to seven digits before a plural noun, not an identifier', () => {
    expect(read('Mt. Gox faced 150000 attacks per second.')).toEqual([['150000', 'measure', 150000, 'attacks per second']]);
    expect(read('American dropped 14000 flights due to storms.')).toEqual([['14000', 'count', 14000, null]]);
    expect(read('Order no. 123456 items shipped late.')).toEqual([]);
    expect(read('It logged 123456789 streams.')).toEqual([]);
  });
  it('reads "$A" as the Australian dollar, no money of one', () => {
    expect(read('The $A lower amid Ukraine crisis pessimism.')).toEqual([]);
    expect(read('It raised $A1.2 billion.')).toEqual([['$A1.2 billion', 'money', 1_200_000_000, 'AUD']]);
  });
});

describe('the earlier value of a change to a percent, a floor on a version', () => {
  const read = (s: string) => findFigures(s, { language: 'en' }).map((f) => [f.text, f.kind, f.value, f.qualifier]);
  it('reads "from 40 to 50 percent" as two percents, "from 40 to 50 points" as before', () => {
    expect(read('The share rose from 40 to 50 percent last year.').map((f) => f[1])).toEqual(['percent', 'percent']);
    expect(read('Support climbed from 12 to 15% in the poll.').map((f) => f[1])).toEqual(['percent', 'percent']);
    expect(read('He went from 4 players to 15% of the squad.').map((f) => f[1])).toEqual(['count', 'percent']);
  });
  it('reads "1.9.2+" and "or later" as at least that version', () => {
    expect(read('It requires Ruby 1.9.2+ to run.')).toEqual([['1.9.2+', 'version', '1.9.2', 'at least']]);
    expect(read('You need version 2.1 or later.')).toEqual([['version 2.1', 'version', '2.1', 'at least']]);
    expect(read('Ruby 1.9.3 ships with it.')).toEqual([['1.9.3', 'version', '1.9.3', null]]);
  });
});

describe('page furniture, idioms and pronouns that state no figure; units and levels that do (review of 45 real pages)', () => {
  const read = (s: string, language = 'en') => findFigures(s, { language }).map((f) => [f.text, f.kind, f.value, f.unit ?? null]);
  it('drops a page\'s reading time, in a line or run into the byline, in English and the continental languages', () => {
    expect(read('Reading time: 4 minutes')).toEqual([]);
    expect(read('Read time: 5 min')).toEqual([]);
    expect(read('By Jane Doe | Estimated reading time: about 6 minutes')).toEqual([]);
    expect(read('Tempo de leitura: 1 minuto', 'pt')).toEqual([]);
    // (a reading that is the story's own fact stays)
    expect(read('Students spent 20 minutes a day on reading time.')).toEqual([['20 minutes', 'duration', 20, 'minutes']]);
    expect(read('The reading time of the report is 4 minutes, the chairman said.')).toEqual([['4 minutes', 'duration', 4, 'minutes']]);
  });
  it('reads a full hundred per cent as "entirely" after a verb of fitting or agreeing, or before "sure"', () => {
    expect(read('Create a business that suits you 100%.')).toEqual([]);
    expect(read('I agree 100% with the decision.')).toEqual([]);
    expect(read("I'm 100 percent sure the plan will work.")).toEqual([]);
    expect(read('The company owns 100% of the shares.')).toEqual([['100%', 'percent', 100, '%']]);
    expect(read('The grid runs on 100% renewable power.')).toEqual([['100%', 'percent', 100, '%']]);
    expect(read('The city gave 100% of the proceeds to charity.')).toEqual([['100%', 'percent', 100, '%']]);
  });
  it('takes "one" before a similar, a particular or a best as a determiner or a pronoun', () => {
    expect(read('There is one similar charging solution that stands out.')).toEqual([]);
    expect(read('What had one best do?')).toEqual([]);
    expect(read('There was just one problem with the plan.')).toEqual([['one', 'count', 1, null]]);
  });
  it('measures one of a unit of measure, not of the units of idioms', () => {
    expect(read('The key travel on the new keyboard is one millimeter.')).toEqual([['one millimeter', 'measure', 1, 'millimeter']]);
    expect(read('Police seized one kilogram of cocaine.')).toEqual([['one kilogram', 'measure', 1, 'kilogram']]);
    expect(read('At one point the lead was gone.')).toEqual([]);
    expect(read('The bid fell one foot short of the line.')).toEqual([]);
  });
  it('reads pixels per inch and A-weighted decibels as measures', () => {
    expect(read('The display has 401 pixels per inch.')).toEqual([['401 pixels per inch', 'measure', 401, 'pixels per inch']]);
    expect(read('The new panel reaches 226ppi.')).toEqual([['226ppi', 'measure', 226, 'ppi']]);
    expect(read('The fans hit a maximum of 44 dBa under load.')).toEqual([['44 dBa', 'measure', 44, 'dba']]);
  });
  it('keeps the start of a level that changes, though it has the shape of an old year', () => {
    expect(read('Single-core scores increased from 1061 to 1128 in the test.').map((f) => f[0])).toEqual(['1061', '1128']);
    expect(read('The abbey was built from 1061 to 1087.').map((f) => f[0])).not.toContain('1061');
    expect(read('The monks arrived in 1250 and stayed.')).toEqual([]);
  });
  it('gives the start of a change the unit of measure or time it reached', () => {
    expect(read('The pixel density went up from 220 to 226ppi.')).toEqual([['220', 'measure', 220, 'ppi'], ['226ppi', 'measure', 226, 'ppi']]);
    expect(read('The sentence was cut from 10 to 5 years.')).toEqual([['10', 'duration', 10, 'years'], ['5 years', 'duration', 5, 'years']]);
    // (a count before a noun, and money, stay as they are)
    expect(read('The town has grown from 1200 to 1500 residents.').map((f) => f[1])).toEqual(['count', 'count']);
  });
  it('reads a spec bullet stating a share of improvement, not a listicle heading or a teaser', () => {
    expect(isSpecLine('Over 30% larger display')).toBe(true);
    expect(isSpecLine('40 percent brighter screen')).toBe(true);
    expect(isSpecLine('10 best deals today')).toBe(false);
    expect(isSpecLine('30% off everything')).toBe(false);
    expect(isSpecLine('Save 30% on larger displays')).toBe(false);
  });
  it('drops a console command\'s argument after a dotted or underscored identifier, not a count after a web address', () => {
    expect(read('You can also type player.modav speedmult 125 in the console.')).toEqual([]);
    expect(read('Set sv_cheats 1 and restart the game.')).toEqual([]);
    expect(read('The site example.com had 500 visitors.')).toEqual([['500', 'count', 500, null]]);
  });
  it('drops a decimal split by a space, whose value is unsure', () => {
    expect(read('It comes with a carrying case, 3. 5mm remote cable and a charger.')).toEqual([]);
    expect(read('It comes with a 3.5mm remote cable.')).toEqual([['3.5mm', 'measure', 3.5, 'mm']]);
  });
  it('reads German compounds of years and months as spans, the capitalised noun as an age', () => {
    expect(read('Mit einer mehr als 18-jährigen Erfahrung unterstützen wir Kunden.', 'de')).toEqual([['18-jährigen', 'duration', 18, 'years']]);
    expect(read('Die Daten werden bei 12-monatiger Nichtnutzung gelöscht.', 'de')).toEqual([['12-monatiger', 'duration', 12, 'months']]);
    expect(findFigures('Die Polizei nahm einen 42-Jährigen fest.', { language: 'de' }).map((f) => [f.text, f.kind, f.value, f.label])).toEqual([['42-Jährigen', 'count', 42, 'age']]);
  });
});

describe('findFigures: multiples and repetitions in thousands (s18 figs)', () => {
  it('reads "1,000 times" and "20,000 times" whole, never "000 times"', () => {
    expect(findFigures('The chip is 1,000 times faster than its predecessor.', { language: 'en' }).map((f) => [f.text, f.value])).toEqual([['1,000 times', 1000]]);
    expect(findFigures('The clip was shared 20,000 times.', { language: 'en' }).map((f) => f.value)).toEqual([20000]);
  });
  it('still reads small multiples and repetitions', () => {
    expect(findFigures('It is 2.5 times greater than last year.', { language: 'en' }).map((f) => f.value)).toEqual([2.5]);
    expect(findFigures('He has been arrested 100 times.', { language: 'en' }).map((f) => [f.text, f.value])).toEqual([['100 times', 100]]);
  });
});

describe('findFigures: versions and what they are of (s18 figs)', () => {
  it.each([
    ['a whole number the text calls a version', 'Chrome version 39 is out now.', 'version 39', '39', 'Chrome'],
    ['a camel-case name before it, whole', 'Apple released iOS version 8 today.', 'version 8', '8', 'iOS'],
    ['what the release is "of"', 'AgileBits released version 5.3 of its password manager 1Password.', 'version 5.3', '5.3', 'password manager 1Password'],
    ['the thing updated "to" it', 'The update to version 2.3 adds support for GIFs.', 'version 2.3', '2.3', 'update'],
    ['the possessor of the version', 'The app’s version 2.0 brings a redesign.', 'version 2.0', '2.0', 'app'],
    ['(no label from an adjective)', 'It is the latest version 4.1.2.', 'version 4.1.2', '4.1.2', null],
  ])('%s', (_name, sentence, text, value, label) => {
    const f = findFigures(sentence, { language: 'en' }).find((x) => x.text === text);
    expect([f?.kind, f?.value, f?.label]).toEqual(['version', value, label]);
  });
  it('a whole number after "version" without a product name is no version', () => {
    expect(findFigures('It changes the document from version 1 to version 2.', { language: 'en' }).filter((f) => f.kind === 'version')).toEqual([]);
  });
  it('a version of a percentage is no version', () => {
    expect(findFigures('Turnout in version 2 of the poll was 40%.', { language: 'en' }).map((f) => f.kind)).toContain('percent');
  });
});

describe('findFigures: a time that is the object of a verb of doing (s18 figs)', () => {
  it.each([
    ['minutes played', 'James, 29, played 41 minutes on Thursday.', '41 minutes', 'minutes played'],
    ['hours logged', 'Players have logged 3.5 billion hours on Xbox Live this year.', '3.5 billion hours', 'hours logged'],
    ['(a time after an event is no time done)', 'Shares climbed 10 minutes after the open.', '10 minutes', 'minutes after the open'],
  ])('%s', (_name, sentence, text, label) => {
    expect(findFigures(sentence, { language: 'en' }).find((x) => x.text === text)?.label).toBe(label);
  });
});

describe('findFigures: "over" a length of time after what a clause did is "during" (s18 figs)', () => {
  it.each([
    ['after an amount', 'The budget would cut $5.1 trillion over 10 years.', '10 years', null],
    ['after an amount and its object', 'He stole $4 million from 1,200 investors over a decade.', 'a decade', null],
    ['after a verb in the past', 'Nine witnesses testified over three days.', 'three days', null],
    ['(a length one has is more than)', 'She has over 10 years of experience.', '10 years', 'more than'],
    ['(a length after "for" is more than)', 'Caudevilla has worked for over a decade with Energy Control.', 'a decade', 'more than'],
    ['(a length a thing took is more than)', 'The flight took over three hours.', 'three hours', 'more than'],
  ])('%s', (_name, sentence, text, qualifier) => {
    expect(findFigures(sentence, { language: 'en' }).find((f) => f.text === text)?.qualifier).toBe(qualifier);
  });
});

describe('findFigures: a deal named by its terms (s18 figs)', () => {
  it('reads no count in "a 2-for-1 offer" or "a two-for-one deal"', () => {
    expect(findFigures('The deal is a 2-for-1 offer.', { language: 'en' })).toEqual([]);
    expect(findFigures('The bar runs a two-for-one deal on drinks.', { language: 'en' })).toEqual([]);
  });
  it('still reads the counts beside it', () => {
    expect(findFigures('The chain sold 500 pizzas in a 2-for-1 promotion.', { language: 'en' }).map((f) => f.value)).toEqual([500]);
  });
});

describe('findFigures: a part "of them" counts what the sentence before counted (s18 figs)', () => {
  it('names the plural noun the sentence before counted', () => {
    const f = findFigures('Its shares fell 12% after the company said it would close 1,100 of them.', { language: 'en', previous: 'Radio Shack listed 4,000 stores in its filing.' });
    expect(f.find((x) => x.text === '1,100')?.label).toBe('stores');
  });
  it('keeps a noun of its own sentence first', () => {
    const f = findFigures('It listed 300 shops and would close 100 of them.', { language: 'en', previous: 'The survey reached 2,000 voters.' });
    expect(f.find((x) => x.text === '100')?.label).toBe('shops');
  });
});

describe('findFigures: a count whose noun is left out before a time (s18 figs)', () => {
  it('inherits the noun of the count before it', () => {
    const f = findFigures('Xiaomi sold 61 million phones last year and aims for 100 million this year.', { language: 'en' });
    expect(f.map((x) => x.label)).toEqual(['phones', 'phones']);
    expect(findFigures('The firm hired 300 engineers in 2013 and 450 in 2014.', { language: 'en' }).map((x) => x.label)).toEqual(['engineers', 'engineers']);
  });
  it('keeps a count with its own noun', () => {
    expect(findFigures('Five people died this year.', { language: 'en' }).map((x) => x.label)).toEqual(['people']);
  });
});
