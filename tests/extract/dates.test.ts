import { describe, expect, it } from 'vitest';
import { tenseAt } from '../../src/extract/date-tense.ts';
import { findDates, neighbourDays, weekdayShift } from '../../src/extract/dates.ts';
import { extractFacts } from '../../src/extract/extract-facts.ts';

// Publication day of SPEC's reference story: Saturday, July 4, 2026.
const published = new Date('2026-07-04T00:00:00Z');

// The dates without their `what`, which has its own tests below.
const dates = (sentence: string, pub: Date | null = published) => findDates(sentence, pub).map(({ what: _what, ...d }) => d);

describe('findDates', () => {
  it.each([
    ['a month-first date with a year', 'The ban takes effect July 10, 2026.', [{ text: 'July 10, 2026', date: '2026-07-10' }]],
    ['a day-first date', 'It was announced on 10 July 2026.', [{ text: '10 July 2026', date: '2026-07-10' }]],
    ['an ISO date', 'The filing is dated 2026-07-10.', [{ text: '2026-07-10', date: '2026-07-10' }]],
    ['a year-less date, resolved to the publication year', 'It starts July 10 for all staff.', [{ text: 'July 10', date: '2026-07-10' }]],
    ['a year-less date in the past', 'It has been hidden since April 2.', [{ text: 'April 2', date: '2026-04-02' }]],
    ['an abbreviated month', 'It has been hidden since Apr. 2.', [{ text: 'Apr. 2', date: '2026-04-02' }]],
    ['a "between … and …" span', 'The window ran between April 22 and June 5.', [{ text: 'April 22 and June 5', start: '2026-04-22', end: '2026-06-05' }]],
    ['a dashed span', 'Apr 22 - Jun 5 is the window cited.', [{ text: 'Apr 22 - Jun 5', start: '2026-04-22', end: '2026-06-05' }]],
    ['a same-month span', 'Talks ran April 22-25, 2026 in Geneva.', [{ text: 'April 22-25, 2026', start: '2026-04-22', end: '2026-04-25' }]],
    ['a month span, to the month (ANNOTATING.md: a month is YYYY-MM)', 'Sales ran from March to May.', [{ text: 'March to May', start: '2026-03', end: '2026-05' }]],
    ['a span across the new year', 'Between Dec 20 and Jan 5 it rose.', [{ text: 'Dec 20 and Jan 5', start: '2025-12-20', end: '2026-01-05' }]],
    ['a weekday, as the one on or before publication', 'The company said on Tuesday it would appeal.', [{ text: 'Tuesday', date: '2026-06-30' }]],
    ['"yesterday"', 'Shares fell yesterday.', [{ text: 'yesterday', date: '2026-07-03' }]],
    ['two dates joined by "and" as two dates', 'They met on July 1 and July 3.', [{ text: 'July 1', date: '2026-07-01' }, { text: 'July 3', date: '2026-07-03' }]],
  ])('reads %s', (_name, sentence, expected) => {
    expect(dates(sentence)).toEqual(expected);
  });

  it('reads a bare weekday as the most recent one on or before publication (ANNOTATING.md) and "next Thursday" as the one after', () => {
    expect(dates('Emirates announced the order Wednesday.')).toEqual([{ text: 'Wednesday', date: '2026-07-01' }]);
    expect(dates('Talks resume next Thursday.')).toEqual([{ text: 'next Thursday', date: '2026-07-09' }]);
    expect(dates('Black Friday sales were strong.')).toEqual([]);
  });

  it.each([
    ['a year that dates an event', 'The company was founded in 2010.', [{ text: '2010', date: '2010' }]],
    ['a month that dates an event', 'It went public in April.', [{ text: 'April', date: '2026-04' }]],
    ['a later month in a past-tense sentence, as last year', 'It went public in November.', [{ text: 'November', date: '2025-11' }]],
    ['"mid-December"', 'Deliveries begin in mid-December.', [{ text: 'mid-December', date: '2026-12' }]],
    ['"early 2027"', 'It ships in early 2027.', [{ text: 'early 2027', date: '2027' }]],
    ['a month and year', 'It crashed in March 2019.', [{ text: 'March 2019', date: '2019-03' }]],
  ])('reads %s', (_name, sentence, expected) => {
    expect(dates(sentence)).toEqual(expected);
  });

  it('says what happens on each date', () => {
    expect(findDates('Alibaba is barring staff from using Claude Code starting July 10, and shares fell yesterday.', published).map((d) => d.what)).toEqual([
      'is barring staff from using Claude Code',
      'shares fell',
    ]);
  });

  it('says what happens from the next clause when the date stands alone in its own', () => {
    expect(findDates('In 2022, cloud computing ranked number two, after security.', published).map((d) => d.what)).toEqual(['cloud computing ranked number two']);
    expect(findDates('But in May, when the agency tapped three companies, only two committed.', published).map((d) => d.what)).toEqual(['agency tapped three companies']);
    expect(findDates('In 2024, though, cloud computing saw a sharp decrease, ranking at number five.', published).map((d) => d.what)).toEqual(['cloud computing saw a sharp decrease']);
  });

  it('says what happens past asides between commas, and names the subject and verb of a long clause', () => {
    const what = (s: string) => findDates(s, published).map((d) => d.what);
    expect(what('In June, the then UK Home Secretary, Sajid Javid, formally approved an extradition request from the US.')).toEqual(['formally approved an extradition request']);
    expect(what('In December 2015, shortly before voting began in the primary, Trump released a letter from his physician.')).toEqual(['Trump released a letter from his physician']);
    expect(what('In 2010, the laboratory of Stephen Liggett, who was then at the University of Maryland, reported that smooth muscle expresses receptors.')).toEqual(['reported that smooth muscle expresses receptors']);
    expect(what('On Nov. 15, 2019, former U.S. ambassador to the Ukraine Marie Yovanovitch testified before the committee.')).toEqual(['Ukraine Marie Yovanovitch testified before the committee']);
    // Not past a clause naming the event itself, nor into a parenthesis, nor past a present verb after a name.
    expect(what('Since 2011, with the launch of Silk Road, anybody has been able to buy drugs online.')).toEqual(['with the launch of Silk Road']);
    expect(what('It made two releases: 4.1 in April 2014 and 4.1.1 (described as "a micro update") in August.')[0]).not.toMatch(/described/);
    expect(what('Today only, Amazon offers Apple’s 12-inch MacBook 256GB in certified refurbished condition for $700.')[0]).toMatch(/Amazon offers/);
  });

  it('keeps what happens to the date’s own sentence when a reference mark ends the one before or after', () => {
    const what = (s: string) => findDates(s, published).map((d) => d.what);
    expect(what('It became a dominion within the British Empire, reflecting its self-governing status.[55] In 1947 the country adopted the Statute of Westminster.')).toEqual(['country adopted the Statute of Westminster']);
    expect(what('Chorus, which was split from Telecom (now Spark) in 2011,[242] still owns the majority of the network.')).toEqual(['still owns the majority of the network']);
  });

  it('says what happens from an earlier clause when the date ends the sentence alone', () => {
    const whats = (s: string) => findDates(s, published).map((d) => d.what);
    expect(whats('The researchers observed Europa for 17 nights, from February 2016 through May 2017.')).toEqual(['researchers observed Europa for 17 nights']);
    expect(whats('Eastern Michigan rolled past Northern Illinois, 45-17, on Tuesday night.')).toEqual(['Eastern Michigan rolled past Northern Illinois']);
  });

  it('says what a date names when it stands before a noun as its attribute: the thing itself', () => {
    const whats = (s: string) => findDates(s, published).map((d) => d.what);
    expect(whats('He testified about a July 10 meeting at the White House when Sondland told officials to deliver.')).toEqual(['meeting at the White House']);
    expect(whats('He received threats after the Nittany Lions’ Nov. 9 loss at Minnesota.')).toEqual(['loss at Minnesota']);
    expect(whats('Troops remain, 18 years after the September 11, 2001 attacks.')).toEqual(['attacks']);
    expect(whats('In our 2013 research we found that half had web roles.')).toEqual(['research']);
    // No attribute: the clause says what happens.
    expect(whats('The company shelved its plans on September 30 after investors grew wary.')).toEqual(['company shelved its plans']);
  });

  it("names an embedded post's signature line as that person's post", () => {
    expect(findDates('— Robert Maguire (@RobertMaguire_) November 18, 2019', published).map((d) => d.what)).toEqual(['Robert Maguire post']);
  });

  it('picks the nearest year for a year-less date near the new year', () => {
    expect(dates('The vote is on Jan. 3.', new Date('2026-12-28T00:00:00Z'))).toEqual([{ text: 'Jan. 3', date: '2027-01-03' }]);
  });

  it.each([
    ['"may" the verb', 'Prices may 5 times exceed costs.'],
    ['an impossible date', 'It happened on February 30, 2026.'],
    ['a month as a name', 'April Smith pulled the product.'],
    ['a year as a quantity', 'It sold 2019 units.'],
  ])('ignores %s', (_name, sentence) => {
    expect(dates(sentence)).toEqual([]);
  });

  it('leaves year-less dates and weekdays alone without a publication date', () => {
    expect(dates('It starts July 10 and was said on Tuesday.', null)).toEqual([]);
  });
});

// Publication day of a Tuesday story: November 19, 2019.
const tuesday = new Date('2019-11-19T00:00:00Z');

describe('findDates: the direction of time from the verb (date-tense.ts)', () => {
  it.each([
    ['a past verb takes the latest such day before publication', 'The company shelved its plans for an initial public offering on September 30.', [{ text: 'September 30', date: '2019-09-30' }]],
    ['a past verb before a spring date in a November story', 'I boarded a flight on May 15 and reached Mexico.', [{ text: 'May 15', date: '2019-05-15' }]],
    ['a future verb takes the first such weekday on or after publication', 'His first match in charge will be away to West Ham on Saturday.', [{ text: 'Saturday', date: '2019-11-23' }]],
    ['a scheduled present takes the coming weekday', 'Lowe’s reports earnings Wednesday.', [{ text: 'Wednesday', date: '2019-11-20' }]],
    ['a passive future keeps its auxiliary ("will be divulged")', 'Next steps will be divulged in a meeting on Friday, Claure said.', [{ text: 'Friday', date: '2019-11-22' }]],
    ['the verb after a leading date ("In June, … approved")', 'In June, the then Home Secretary, Sajid Javid, formally approved the request.', [{ text: 'June', date: '2019-06' }]],
    ['a present verb with a month ahead', 'Their session starts in early January.', [{ text: 'early January', date: '2020-01' }]],
    ['a reported "would" as no direction: the nearest date', 'He vowed that Britain would leave the EU on Oct. 31.', [{ text: 'Oct. 31', date: '2019-10-31' }]],
    ['a reported "would" with a weekday as the coming one', 'The ministry said it would invite both sides to talks on Thursday.', [{ text: 'Thursday', date: '2019-11-21' }]],
    ['a past span of months as ending by publication', 'Divers surveyed 124 reefs between December and May.', [{ text: 'December and May', start: '2018-12', end: '2019-05' }]],
    ['a past plan ("was due to") as no direction', 'Assange was due to be released in September.', [{ text: 'September', date: '2019-09' }]],
    ['a quotation’s future as said before publication: the nearest day', 'Matt has my Endorsement. GET OUT and VOTE on November 5th for your Governor!”', [{ text: 'November 5th', date: '2019-11-05' }]],
    ['a verb whose past is its base after a singular subject ("the firm bid")', 'In December, the firm bid $16.50 per share for Tribune.', [{ text: 'December', date: '2018-12' }]],
    ['a noun that looks like such a verb ("the new set of rules")', 'The new set of rules is due in December.', [{ text: 'December', date: '2019-12' }]],
  ])('reads %s', (_name, sentence, expected) => {
    expect(dates(sentence, tuesday)).toEqual(expected);
  });

  it('tells the tense of a clause from its nearest tense word', () => {
    const at = (s: string, w: string) => tenseAt(s, s.indexOf(w), s.indexOf(w) + w.length);
    expect(at('NASA on Monday enlisted three firms, it is said.', 'Monday')).toBe('past');
    expect(at('Apple plans to release it in 2020.', '2020')).toBe('future');
    expect(at('PG&E initiated four rounds of planned outages in October.', 'October')).toBe('past');
    expect(at('Shares in 2020.', '2020')).toBeNull();
    // (tenses aside, a day's date may name its year in words)
    expect(findDates('Microsoft released Windows 8.1 on Oct. 17 of last year.', new Date('2014-12-05T00:00:00Z')).map((d) => [d.text, 'date' in d ? d.date : ''])).toEqual([['Oct. 17 of last year', '2013-10-17']]);
    expect(findDates('It ships on March 3 next year.', new Date('2014-12-05T00:00:00Z')).map((d) => 'date' in d && d.date)).toEqual(['2015-03-03']);
    expect(findDates('It shipped on March 3, and last year it did too.', new Date('2014-12-05T00:00:00Z')).map((d) => 'date' in d && d.date)).toEqual(['2014-03-03']);
    // A second verb joined after the date is its own clause's; with no verb before the date, the one after governs.
    expect(at('The bill passed the House on Thursday and now goes to the Senate.', 'Thursday')).toBe('past');
    expect(at('The company reported earnings on Tuesday and will hold a call on Wednesday.', 'Wednesday')).toBe('future');
    expect(at('On Thursday and Friday the team plays at home.', 'Thursday')).toBe('future');
  });
});

describe('findDates: more forms', () => {
  it.each([
    ['"last Tuesday" as the previous week\'s', 'Users activated their accounts last Tuesday.', [{ text: 'last Tuesday', date: '2019-11-12' }]],
    ['a weekday followed by a number that is no date', 'He wrote in a post published Tuesday, 21 months after reporting it.', [{ text: 'Tuesday', date: '2019-11-19' }]],
    ['a possessive weekday as done, whatever the verb', 'Monday’s announcement comes as lawmakers are debating the budget.', [{ text: 'Monday', date: '2019-11-18' }]],
    ['a weekday naming a full date as that date only', 'She was taken at 6:38 p.m. on Saturday, May 18.', [{ text: 'May 18', date: '2019-05-18' }]],
    ['a capitalised lead at the sentence start', 'In 2016, the department reported a rise.', [{ text: '2016', date: '2016' }]],
    ['"as of" a month', 'As of October, Emirates had a fleet of 270 aircraft.', [{ text: 'October', date: '2019-10' }]],
    ['"at least" a year', 'They do not expect action until at least 2021.', [{ text: '2021', date: '2021' }]],
    ['a span of months with years', 'They observed Europa from February 2016 through May 2017.', [{ text: 'February 2016 through May 2017', start: '2016-02', end: '2017-05' }]],
    ['a span of years', 'From 2010 to 2015 there were 3248 cases.', [{ text: '2010 to 2015', start: '2010', end: '2015' }]],
    ['a half of a year', 'Apple plans a release in the first half of 2020.', [{ text: 'the first half of 2020', start: '2020-01', end: '2020-06' }]],
    ['a half of next year', 'A jury will pick the design in the second half of next year.', [{ text: 'the second half of next year', start: '2020-07', end: '2020-12' }]],
    ['a quarter of a year', 'Sales fell in the third quarter of 2019.', [{ text: 'the third quarter of 2019', start: '2019-07', end: '2019-09' }]],
    ['no century (as vague as a decade)', 'It was known as the Black Death during the fourteenth century.', []],
    ['a season of a year', 'Regular European pricing will start at 71,350 euro with deliveries from spring 2020.', [{ text: 'spring 2020', date: '2020' }]],
    ['a season of a year, with "of"', 'When Margaret Hamilton arrived at MIT in the summer of 1959, Lorenz had only recently bought the computer.', [{ text: 'summer of 1959', date: '1959' }]],
    ['a year naming an event\'s occurrence', 'Now, at the 2019 Los Angeles Auto Show, the marque pulled the covers off the 2020 LC 500 Convertible.', [{ text: '2019 Los Angeles Auto Show', date: '2019' }]],
    ['"into" a year', 'More games are slated to roll out on Stadia throughout the end of the year and into 2020.', [{ text: '2020', date: '2020' }]],
    ['the last months of a year', 'The team analyzed ad units served in the last 6 months of 2017.', [{ text: 'the last 6 months of 2017', start: '2017-07', end: '2017-12' }]],
    ['the first months of a year', 'Sales rose in the first nine months of 2019.', [{ text: 'the first nine months of 2019', start: '2019-01', end: '2019-09' }]],
    ['no year inside a law\'s name', 'Investment companies are subject to special regulation under the Investment Company Act of 1940.', []],
    ['a fiscal year', 'Home Depot sees fiscal year 2019 sales growth of 1.8 percent.', [{ text: 'fiscal year 2019', date: '2019' }]],
    ['a month naming the time of a thing', 'It came weeks after an October news conference.', [{ text: 'October', date: '2019-10' }]],
    ['a year naming the time of a thing', 'Sweden dropped its investigation into a 2010 rape allegation.', [{ text: '2010', date: '2010' }]],
    ['a year after a possessive and an adjective', 'They debated the agency’s 2020 budget request.', [{ text: '2020', date: '2020' }]],
    ['a day-first span in one month', 'The Finals, which take place 18-24 November, are new.', [{ text: '18-24 November', start: '2019-11-18', end: '2019-11-24' }]],
    ['the month of a thing as the nearest, whatever the verb', 'They haven’t yet qualified for the December debate.', [{ text: 'December', date: '2019-12' }]],
    ['"May this year"', 'In May this year, travellers were stranded.', [{ text: 'May this year', date: '2019-05' }]],
    ['"the end of May last year"', 'Beijing reined in subsidies at the end of May last year.', [{ text: 'May last year', date: '2018-05' }]],
    ['"today" with a figure of the day', 'Shares fell 3% today.', [{ text: 'today', date: '2019-11-19' }]],
    ['"today" before an infinitive', 'What a shame that it takes today to get what our kids deserve.', [{ text: 'today', date: '2019-11-19' }]],
    ['"last night"', 'The helicopter was shot down last night.', [{ text: 'last night', date: '2019-11-18' }]],
    ['"tonight"', 'I thought tonight we took a good step forward.', [{ text: 'tonight', date: '2019-11-19' }]],
    ['an older year', 'Hitler was born in Braunau in 1889, it said.', [{ text: '1889', date: '1889' }]],
    ['an older year before a function word', 'Waite was born in Brooklyn in 1857 to an American father.', [{ text: '1857', date: '1857' }]],
    ['an older year before a counted noun is a count', 'The mill served 1800 customers in 1850.', [{ text: '1850', date: '1850' }]],
    ['a span of older years', 'The Musket Wars encompassed over 600 battles between 1801 and 1840.', [{ text: '1801 and 1840', start: '1801', end: '1840' }]],
    ['a past date just after publication as this year\'s (a few days\' slack)', 'Those who anted up $129 got it on November 21.', [{ text: 'November 21', date: '2019-11-21' }]],
    ['a month far behind with no tense as the coming one', 'You can return it by January for any reason.', [{ text: 'January', date: '2020-01' }]],
  ])('reads %s', (_name, sentence, expected) => {
    expect(dates(sentence, tuesday)).toEqual(expected);
  });

  it.each([
    ['a newspaper named Today', 'Richardson, via USA Today, said that Rudolph erred.'],
    ['a graphics credit line', '(Graphic: Global assets in 2019 - here)'],
    ['a promotion of another story', 'On HoustonChronicle.com: Car sales plunge nearly 17 percent in August'],
    ['a timestamp', 'First published February 1, 2016: 1:28 AM ET'],
    ['a dateline', 'LONDON/SANTIAGO, June 8 (Reuters) - Copper prices hit a record high.'],
    ['a byline with its date', '// By Arun Sai Krishnan • Nov 11, 2020'],
    ['a date with its byline, nor a shorter reading of it', 'Tuesday 15 October 2019 by Bradley M. Kuhn'],
    ['an "Originally published" stamp', 'Originally published at www.example.com on November 18, 2011.'],
    ['a capitalised "Tomorrow" in a name', 'It heralded “The World of Tomorrow.”'],
    ['"today\'s" as the present age', 'Looking at today\'s landscape, users are not missing out.'],
    ['"today" as the present age', 'Neon signs exist today, though newer lights eclipsed them.'],
    ['"today" as the present level of a price', 'Module costs fall from around $0.23/W today to $0.10 in the roadmap.'],
    ['a weekday in general', 'Was it a misjudgement to hold it on a Monday?'],
    ['a lowercase "black Friday"', 'Il black Friday incombe su di noi.'],
    ['a number after "score of"', 'It earned a total score of 2072 and a max FPS of 147.'],
    ['model years', 'It is smaller than the 2012 through 2015 model.'],
    ['a street number', 'Blair, 29, of 1909 Jolinda Drive.'],
    ['a count of things after a determiner', 'The 2000 employees were told.'],
    ['an old number as a count', 'The fund paid for 1800 customers.'],
  ])('ignores %s', (_name, sentence) => {
    expect(dates(sentence, tuesday)).toEqual([]);
  });

  it('keeps "published" in prose, away from the sentence start', () => {
    expect(dates('Askar wrote in a blog post published Thursday that he waited.', tuesday)).toEqual([{ text: 'Thursday', date: '2019-11-14' }]);
  });
});

describe('collecting the dates of a page', () => {
  it('keeps two events on one day and folds one event stated twice', () => {
    const html = `<html><body><article>
      <p>The company confirmed on Monday that it had been contacted by regulators about the offering it shelved.</p>
      <p>Its bond weakened sharply in the past week, hitting 16.057% on Monday, according to data from MarketAxess.</p>
      <p>The company confirmed on Monday that it had been contacted by regulators about the offering it shelved.</p>
    </article></body></html>`;
    const sheet = extractFacts(html, 'https://news.example/story', { publishedAt: new Date('2019-11-19T10:00:00Z') });
    expect(sheet.dates.map((d) => ('date' in d ? d.date : null))).toEqual(['2019-11-18', '2019-11-18']);
  });
});

describe('findDates: tense, furniture and narration on unseen pages', () => {
  // Publication day: Wednesday, March 11, 2026.
  const wednesday = new Date('2026-03-11T00:00:00Z');

  it.each([
    ['a full date of an older century', 'The treaty was first signed in the harbour on 6 February 1840.', [{ text: '6 February 1840', date: '1840-02-06' }]],
    ['"Month of YEAR"', 'She wrote to her lawyers in October of 2004 about the estate.', [{ text: 'October of 2004', date: '2004-10' }]],
    ['a month sharing the year of the month-year after it', 'Hearings were set for August and October of 2015.', [{ text: 'August', date: '2015-08' }, { text: 'October of 2015', date: '2015-10' }]],
    ['a present perfect as looking back', 'The band has played two shows (in February and January) near home.', [{ text: 'February', date: '2026-02' }, { text: 'January', date: '2026-01' }]],
    ['a present perfect up to a limit as looking ahead', 'The museum has been closed until Friday for repairs.', [{ text: 'Friday', date: '2026-03-13' }]],
    ['"today" with an event\'s verb', 'The minister resigned today after the vote.', [{ text: 'today', date: '2026-03-11' }]],
    ['"today" with a contracted "will" after it', 'The ruling today means there’ll be no second trial.', [{ text: 'today', date: '2026-03-11' }]],
    ['"later today"', 'The results are out later today.', [{ text: 'today', date: '2026-03-11' }]],
    ['a past verb before "next week\'s" as looking back', 'On Monday I put the first 500 tickets on sale for next week’s show.', [{ text: 'Monday', date: '2026-03-09' }]],
    ['"will" with "next week\'s" as looking ahead', 'The band will play on Monday at next week’s festival.', [{ text: 'Monday', date: '2026-03-16' }]],
    ['"today" with a progressive after "it\'s"', 'Today, it’s launching a new app for the iPhone.', [{ text: 'Today', date: '2026-03-11' }]],
    ['a year before "by" and a number', 'In 2011 the company bought 2048 x-ray machines.', [{ text: '2011', date: '2011' }]],
  ])('reads %s', (_name, sentence, expected) => {
    expect(dates(sentence, wednesday)).toEqual(expected);
  });

  it.each([
    ['"today" as the present age, sentence first', 'Today, most ferries are electric.'],
    ['"today" as the present age, in a state', 'Buses remain the cheapest way to travel today.'],
    ['"today" of a state told in a quotation', '“The plate is really full today,” he said.'],
    ['"today" in an apposition', 'The suit is over technology that helped create virtual reality, one of the hottest trends today.'],
    ['"today" of a participle as a state', 'But it also stems from tensions that remain unresolved today.'],
    ['"today" of a guess', 'Today that mission may well have expanded to Europa.'],
    ['"today" between commas inside a clause', 'He found the women who, today, would have been listed as co-authors.'],
    ['a reference list\'s retrieval date', 'Retrieved 17 February 2008.'],
    ['an archive note', 'Archived from the original on 4 June 2011.'],
    ['an author-date citation', 'Hartley, Jane (12 May 2013).'],
    ['a footnote backlink line', '^ a b Hartley, Jane (12 May 2013). "Ferries of the north".'],
    ['a citation with its retrieval date', 'See "Style guide", Transport Office, 9 December 2016, retrieved 7 March 2019 .'],
    ['a dated opening line', 'Feb. 23, 2015 -- Peanut allergies have become more common.'],
    ['a machine timestamp in a table', '200 │ 2020-08-01 18:00:00+00 │ 4084'],
    ['a weekday as a rule of the calendar', 'Clocks go forward on the last Sunday in March.'],
    ['a weekday in a story', 'One Sunday morning I happened to walk past the church.'],
    ['a habit of a month', 'Wheat is typically sown in November.'],
    ['a graduating class', 'She joins the Class of 2027 this autumn.'],
    ['"today" of a state before a "that" clause', 'Today it’s clear that the iPhone needed a good keyboard.'],
    ['"today" of a state before a "that" clause, uncontracted', 'Today it is obvious that the plan failed.'],
    ['a screen resolution', 'The display has a resolution of 2048×1536.'],
    ['a screen resolution with spaces', 'The panel runs at 2048 x 1536 pixels.'],
  ])('ignores %s', (_name, sentence) => {
    expect(dates(sentence, wednesday)).toEqual([]);
  });

  it('dates a month by the month-year of the sentences just before, and "the next year" after it', () => {
    const html = `<html><body><article>
      <p>The engineer first reported the fault to his manager in October 2021.</p>
      <p>Nothing changed at first. By December, the cracks had spread to the second pier.</p>
      <p>The next year, the council closed the bridge.</p>
    </article></body></html>`;
    const sheet = extractFacts(html, 'https://news.example/story', { publishedAt: new Date('2026-03-11T10:00:00Z') });
    expect(sheet.dates.map((d) => ('date' in d ? d.date : null))).toEqual(['2021-10', '2021-12', '2022']);
  });

  it('leaves a month to the publication year once the story is back in the present, or after "since"', () => {
    const html = `<html><body><article>
      <p>The firm has made ferries since May 2014.</p>
      <p>It launched its largest ship in August.</p>
      <p>A rival sank in June 2016. Both firms are rivals today. It sold its yard in August.</p>
    </article></body></html>`;
    const sheet = extractFacts(html, 'https://news.example/story', { publishedAt: new Date('2026-11-11T10:00:00Z') });
    expect(sheet.dates.map((d) => ('date' in d ? d.date : null))).toEqual(['2014-05', '2026-08', '2016-06', '2026-08']);
  });

  it('dates a span of days in one month that a past copula says is over in the past, a listing by the nearest', () => {
    const wed = new Date('2026-03-11T00:00:00Z');
    expect(findDates('A hearing was held in Atlanta on April 14 and 15.', wed).map((d) => ('start' in d ? [d.start, d.end] : null))).toEqual([['2025-04-14', '2025-04-15']]);
    expect(findDates('ATTEND a two-day symposium with internationally respected trainer Scott Hassler, April 14–15, at Riveredge.', wed).map((d) => ('start' in d ? [d.start, d.end] : null))).toEqual([['2026-04-14', '2026-04-15']]);
  });

  it('leaves a month to the publication year when the sentence that named a year comes back to "this year"', () => {
    const html = `<html><body><article>
      <p>Tesla, which delivered its first Model S in June 2012, has faced several investigations this year.</p>
      <p>In October, the agency opened a probe into 115,000 vehicles.</p>
      <p>The firm first sold cars in June 2012. In October, it opened a store.</p>
    </article></body></html>`;
    const sheet = extractFacts(html, 'https://news.example/story', { publishedAt: new Date('2026-12-05T10:00:00Z') });
    expect(sheet.dates.map((d) => ('date' in d ? d.date : null))).toEqual(['2012-06', '2026-10', '2012-06', '2012-10']);
  });
});

describe('findDates: clauses and names', () => {
  const wednesday = new Date('2026-03-11T00:00:00Z');
  it.each([
    ['a weekday whose sentence goes on with a "that" clause', 'The Senate passed a bill Tuesday that would require a yearly review.', [{ text: 'Tuesday', date: '2026-03-10' }]],
    ['the date of a thing in a clause looking ahead, as the nearest', 'She will face questions about the minister’s January 25 call with the mayor.', [{ text: 'January 25', date: '2026-01-25' }]],
  ])('reads %s', (_name, sentence, expected) => {
    expect(dates(sentence, wednesday)).toEqual(expected);
  });
  it.each([
    ['a ranking by year', 'It is one of the best budget phones of 2025.'],
    ['a range of model years', 'Owners of the 2012 through 2015 model reported fewer faults.'],
  ])('ignores %s', (_name, sentence) => {
    expect(dates(sentence, wednesday)).toEqual([]);
  });
});

describe('collecting the dates of a page: later mentions', () => {
  it('does not count again an event named by its date once that day is given', () => {
    const html = `<html><body><article>
      <p>The agency announced on Monday that it would add five companies to its list of lunar suppliers.</p>
      <p>Monday’s announcement comes as lawmakers debate the budget, and the agency’s Monday announcement pleased them.</p>
      <p>Officials first discussed the plan in a July 25 call, and the call itself was widely reported.</p>
      <p>Critics said the July 25 call was improper.</p>
    </article></body></html>`;
    const sheet = extractFacts(html, 'https://news.example/story', { publishedAt: new Date('2026-11-11T10:00:00Z') });
    expect(sheet.dates.map((d) => ('date' in d ? d.date : null))).toEqual(['2026-11-09', '2026-07-25']);
    expect(sheet.dates.every((d) => !('reference' in d))).toBe(true);
  });

  it('does not count again an event a later sentence names by a phrase with its day, but keeps a clause’s own day', () => {
    const html = `<html><body><article>
      <p>Gunmen opened fire on visitors at the museum on Wednesday, killing at least 19 people.</p>
      <p>But the attack Wednesday — on a national landmark — could heighten tensions in the country.</p>
      <p>In addition to its order of 30 jets Wednesday, the airline announced another order on Monday.</p>
      <p>The assembly resumed from its annual recess on Wednesday.</p>
    </article></body></html>`;
    const sheet = extractFacts(html, 'https://news.example/story', { publishedAt: new Date('2015-03-18T20:00:00Z') });
    expect(sheet.dates.map((d) => ('date' in d ? `${d.text} ${d.date}` : null))).toEqual(['Wednesday 2015-03-18', 'Monday 2015-03-16', 'Wednesday 2015-03-18']);
  });

  it('keeps a month naming a thing when another event of that month was dated, saying what the thing is', () => {
    const html = `<html><body><article>
      <p>The two sides met in Washington in October to draft the terms.</p>
      <p>A deal, once expected within weeks of an October news conference between the two leaders, could now slip.</p>
    </article></body></html>`;
    const sheet = extractFacts(html, 'https://news.example/story', { publishedAt: new Date('2019-11-20T10:00:00Z') });
    expect(sheet.dates.map((d) => ('date' in d ? `${d.date} ${d.what}` : null))).toEqual(['2019-10 two sides met in Washington', '2019-10 news conference between the two leaders']);
  });

  it('ignores a stream of other stories’ teasers, each summary cut off mid-sentence', () => {
    const teaser = (who: string): string => `<p>${who} was honored Monday night in Brooklyn at the annual sportsperson of the year event. Robin Roberts caught up with ${who} at the ceremony to discuss his commitment to his team and</p>`;
    const html = `<html><body><article>
      <p>The council voted on Tuesday to close the bridge for repairs, officials said.</p>
      <p>Work is expected to take several months, the engineers told reporters at the meeting.</p>
      ${teaser('James')}${teaser('Curry')}${teaser('Durant')}
    </article></body></html>`;
    const sheet = extractFacts(html, 'https://news.example/story', { publishedAt: new Date('2016-12-14T10:00:00Z') });
    expect(sheet.dates.map((d) => ('date' in d ? d.date : null))).toEqual(['2016-12-13']);
  });

  it('reads the two sides’ schedule lines of one game as one event', () => {
    const html = `<html><body><article><p>The Lakers beat the Thunder 112-107 on Tuesday night.</p><p>Thunder: Host the Lakers on Friday.</p><p>Lakers: Visit the Thunder on Friday.</p></article></body></html>`;
    const sheet = extractFacts(html, 'https://news.example/story', { publishedAt: new Date('2019-11-20T07:30:00Z') });
    expect(sheet.dates.map((d) => ('date' in d ? d.date : null))).toEqual(['2019-11-19', '2019-11-22']);
  });

  it('resolves an embedded post’s "today" against the post’s own date', () => {
    const html = `<html><body><article>
      <p>The chief minister turned to Twitter last month to describe the city as a gas chamber.</p>
      <p>Through schools, we have started distributing 50 lakh masks today</p>
      <p>I urge all residents to use them pic.twitter.com/MYwRz9euaq</p>
      <p>— Arvind Kejriwal (@ArvindKejriwal) November 1, 2019</p>
      <p>The air quality was horrific on Sunday, officials said.</p>
    </article></body></html>`;
    const sheet = extractFacts(html, 'https://news.example/story', { publishedAt: new Date('2019-11-08T20:30:00Z') });
    expect(sheet.dates.map((d) => ('date' in d ? `${d.text} ${d.date}` : null))).toEqual(['today 2019-11-01', 'November 1, 2019 2019-11-01', 'Sunday 2019-11-03']);
  });

  it('reads the same words for the same day twice in one sentence as one date', () => {
    const html = `<html><body><article><p>Chelsea have this morning paid the £71.6million fee to the Spanish league this morning to secure the signing.</p></article></body></html>`;
    const sheet = extractFacts(html, 'https://news.example/story', { publishedAt: new Date('2018-08-08T09:24:00Z') });
    expect(sheet.dates.map((d) => ('date' in d ? d.date : null))).toEqual(['2018-08-08']);
  });

  it('ignores a line that is only a date, as in a reference list', () => {
    const html = `<html><body><article><p>The ferry line opened to the public in May 2016 after two years of trials.</p><p>26 October 2017.</p></article></body></html>`;
    const sheet = extractFacts(html, 'https://news.example/story', { publishedAt: new Date('2026-11-11T10:00:00Z') });
    expect(sheet.dates.map((d) => ('date' in d ? d.date : null))).toEqual(['2016-05']);
  });

  it('ignores a reference list entry with its authors', () => {
    expect(findDates('[HTTP] Fielding et al., "Hypertext Transfer Protocol", RFC7231, June 2014.', new Date('2026-03-11T00:00:00Z'))).toEqual([]);
  });
});

describe('schedules and restated dates', () => {
  // A Tuesday in November: a tour's dates of next summer are still to come.
  const november = new Date('2019-11-19T00:00:00Z');

  it('reads the year-less entries of a schedule as still to come, each naming its place', () => {
    const found = findDates('Anniversary Tour 2020 dates: June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL June 10 – Tampa, FL @ MidFlorida Amphitheatre', november);
    expect(found.map((d) => ('date' in d ? d.date : null))).toEqual(['2020-06-09', '2020-06-10']);
    expect(found.map((d) => d.what)).toEqual(['Coral Sky Amphitheatre, West Palm Beach, FL', 'Tampa, FL @ MidFlorida Amphitheatre']);
  });

  it('reads a date restated in parentheses as one date', () => {
    expect(dates('The paper was published online today (Nov. 18) in the journal.', new Date('2019-11-18T00:00:00Z'))).toEqual([{ text: 'today (Nov. 18)', date: '2019-11-18' }]);
    expect(dates('The band played Monday night (Nov. 18) at the Ryman.', november)).toEqual([{ text: 'Monday night (Nov. 18)', date: '2019-11-18' }]);
  });

  it('reads a weekday planned in the past tense as still to come', () => {
    // Thursday, December 1, 2016.
    expect(dates('It was set to dock with the space station on Saturday.', new Date('2016-12-01T00:00:00Z'))).toEqual([{ text: 'Saturday', date: '2016-12-03' }]);
  });

  it("reads a tour's stops told in the present as still to come", () => {
    expect(dates('Rolling Stone reported details of the reunion tour that stops at Blossom Music Center on July 22.', november)).toEqual([{ text: 'July 22', date: '2020-07-22' }]);
  });

  it("reads a schedule line's weekday as still to come", () => {
    expect(dates('Lakers: Visit the Thunder on Friday.', november)).toEqual([{ text: 'Friday', date: '2019-11-22' }]);
  });

  it("takes the sentence's verb however far when the date's clause has none", () => {
    expect(dates('The band will loop into Shoreline Amphitheatre at Mountain View for a hometown show on Sept. 12, with the Cynthia Woods Mitchell Pavilion in Houston hosting the final date on the tour, Oct. 10.', november)).toEqual([
      { text: 'Sept. 12', date: '2020-09-12' },
      { text: 'Oct. 10', date: '2020-10-10' },
    ]);
  });

  it('does not take the verb of a comparison for "today"', () => {
    expect(dates('Today, the average worker spends 390 more hours at work than they did 30 years ago.', november)).toEqual([]);
  });
});

describe('more date forms of news prose', () => {
  const november = new Date('2019-11-19T00:00:00Z');

  it.each([
    ['a year span with a qualifier', 'They abused girls from at least 2002 to 2005.', [{ text: 'at least 2002 to 2005', start: '2002', end: '2005' }]],
    ["a season's end", 'He agreed a deal until the end of the 2022/23 season.', [{ text: 'the end of the 2022/23 season', date: '2023' }]],
    ['"this past May"', 'This past May, the agency selected 11 companies.', [{ text: 'May', date: '2019-05' }]],
    ['"May of this year"', 'It tried to fix the design as recently as May of this year.', [{ text: 'May of this year', date: '2019-05' }]],
    ['the weekday of a thing', 'Fadem wrote in a Tuesday research report that sales fell.', [{ text: 'Tuesday', date: '2019-11-19' }]],
  ])('reads %s', (_name, sentence, expected) => {
    expect(dates(sentence, november)).toEqual(expected);
  });

  it.each([
    ['"today" of a state that persists', 'London has fought dirty air for centuries and continues to suffer air quality problems today.'],
    ['"today" of what people see nowadays', 'How the galaxies we observe today arose from the Big Bang remains a puzzle.'],
    ['"today" of a promotion', 'Sign up for the newsletter today to get it delivered daily.'],
    ['a ranking in a year', 'The best new character in 2019.'],
    ["a year's ranking", "Some of 2019's best tech gadgets"],
    ['a weekday of a habit', 'He met them on a Monday morning.'],
  ])('ignores %s', (_name, sentence) => {
    expect(dates(sentence, november)).toEqual([]);
  });
});

describe('names that hold a year or weekday', () => {
  const november = new Date('2019-11-19T00:00:00Z');
  it.each([
    ['a security named by its maturity', 'WeWork’s 2025 bond has weakened sharply.'],
    ['a model year before a model name', 'When the 2018 i9 MacBook Pro was under load, it ran hot.'],
    ['a weekday of a habit’s thing', 'The chain is planning to end Saturday publication of its newspapers.'],
  ])('ignores %s', (_name, sentence) => {
    expect(dates(sentence, november)).toEqual([]);
  });

  it('keeps two things of one day apart when only their weekday is shared', () => {
    const html = `<html><body><article>
      <p>In a research report early Tuesday, one analyst said the market is misreading the results.</p>
      <p>“It was a disappointing quarter,” wrote another in a Tuesday research report.</p>
    </article></body></html>`;
    const sheet = extractFacts(html, 'https://news.example/story', { publishedAt: new Date('2019-11-19T13:00:00Z') });
    expect(sheet.dates.map((d) => ('date' in d ? d.date : null))).toEqual(['2019-11-19', '2019-11-19']);
  });
});

describe('page furniture with dates', () => {
  it.each([
    ['a copyright line', 'Copyright © 2018 by CNBC LLC since 2010.'],
    ['a byline with its outlet', 'By Jane Doe, Reuters | November 19, 2019'],
    ['a timestamp with a time of day', 'Nov 19, 2019, 6:12 PM'],
    ["the page's own publication note", 'This article was first published on November 19, 2019.'],
    ['a reference with its authors', 'Informative References [HTTPS] Rescorla, E., "HTTP Over TLS", RFC2818, May 2000.'],
    ['a reference by its address', 'http://www.w3.org/TR/cors/, January 2013.'],
    ['a count of pixels', 'A display with a resolution of 1080 pixels by 1920 pixels.'],
    ['an update stamp', 'Updated Nov. 19, 2019 at 3:15 p.m. ET'],
    ['an update stamp with its time after a colon', 'Updated: Nov. 19, 2019: 3:15 p.m. ET'],
  ])('ignores %s', (_name, sentence) => {
    expect(dates(sentence, new Date('2019-11-20T00:00:00Z'))).toEqual([]);
  });

  it('reads the note an update line brings after its colon', () => {
    expect(dates('Updated 3:15 p.m. PT: A Microsoft spokesperson confirmed the Band will ship on Thursday.', new Date('2019-11-20T00:00:00Z'))).toEqual([{ text: 'Thursday', date: '2019-11-21' }]);
  });

  it('keeps "today" with its event’s verb, in its clause or right after its leading phrase', () => {
    const pub = new Date('2019-11-19T00:00:00Z');
    expect(dates('"All of them bring different ideas," Clarke said in a telecon with reporters today.', pub)).toEqual([{ text: 'today', date: '2019-11-19' }]);
    expect(dates('"With no significant data releases in Asia today, attention will remain focused on trade," said Halley.', pub)).toEqual([{ text: 'today', date: '2019-11-19' }]);
  });

  it('keeps the day of a correction, the story’s own event (the annotators list it)', () => {
    expect(findDates('Correction, Nov. 15, 2019: An earlier version misnamed the bridge.', new Date('2019-11-20T00:00:00Z'))).toEqual([{ text: 'Nov. 15, 2019', date: '2019-11-15', what: 'correction' }]);
    expect(findDates('Correction added Nov. 18, 2019: The caption misnamed the bridge.', new Date('2019-11-20T00:00:00Z')).map((d) => d.what)).toEqual(['correction']);
    expect(dates("Editor's note: This story was updated on Nov. 19, 2019.", new Date('2019-11-20T00:00:00Z'))).toEqual([]);
  });

  it('keeps a date followed by a time of day in prose', () => {
    expect(dates('He was born on June 5, 1990, at 5:30 a.m. in Ohio.', new Date('2019-11-20T00:00:00Z'))).toEqual([{ text: 'June 5, 1990', date: '1990-06-05' }]);
  });
});

describe('what is not a dated event (session 6, unannotated corpus pages)', () => {
  it.each([
    ['a related story\'s title-case headline', 'Stadia Is Essentially A Beta Version Until 2020, But The Price Tag Isn\'t Cheap'],
    ['a subheading', 'Clinching in November'],
    ['a festival banner line', '7th Amsterdam Light Festival 29 November 2018 | 20 January 2019'],
    ['the year of a film', 'The 1946 film won\'t be showing up on Disney+.'],
    ['the year of a novel', 'The film adapts André Aciman’s 2007 novel about a precocious teenager.'],
    ['a work named by its year', 'The concert featured full-LP performances of 1972’s Toulouse Street.'],
    ['a reference list\'s quoted title', '"Household Labour Force Survey: December 2010 quarter – Media Release".'],
    ['a reference list\'s dated entry', '(April 2009) [originally published in 1966].'],
    ['a day asked about', 'Can we do that tonight?'],
    ['a day supposed', 'I felt like if we could have won this game today, we could control our own destiny.'],
    ['the writer\'s day of writing', 'Today, we’re going to talk about why focus is important for success.'],
    ['a climate\'s month', 'South Island cities are warmest in January.'],
    ['a calendar\'s season', 'The general snow season is early June until early October.'],
    ['a style named by its year', 'The project grew out of 2005-era course work taught at the institute.'],
  ])('offers no date for %s', (_name, sentence) => {
    expect(dates(sentence)).toEqual([]);
  });

  it.each([
    ['an embedded post\'s signature, which dates the post', '— Robert Maguire (@RobertMaguire_) November 18, 2019', '2019-11-18'],
    ['a schedule\'s line', 'Sept. 18 -- The Forum, Los Angeles, CA Oct. 3 -- Ak-Chin Pavilion, Phoenix, AZ', '2026-09-18'],
    ['a quoted remark with the stop inside the quotes', '“We expect to land on the Moon in 2024.”', '2024'],
    ['a year of an event before a name', 'Israel seized control of the territories in the 1967 Six-Day War.', '1967'],
  ])('still reads %s', (_name, sentence, first) => {
    expect((dates(sentence)[0] as { date: string } | undefined)?.date).toBe(first);
  });

  it('reads a line of dates alone (a stat card\'s value) as a range, not as a headline', () => {
    expect(dates('Apr 22 - Jun 5', new Date('2026-07-04T14:30:00Z'))).toMatchObject([{ start: '2026-04-22', end: '2026-06-05' }]);
  });
});

describe('questions ask about a time rather than tell an event', () => {
  it('offers no year, month or weekday in a question', () => {
    expect(dates('Who will make the Rock Hall in 2020?')).toEqual([]);
    expect(dates('What would have been the reaction in 2012 had an official gone to the IG?')).toEqual([]);
  });
  it('keeps a day named in full', () => {
    expect(dates('Did he know on July 25, 2019 that the call was recorded?')).toEqual([{ text: 'July 25, 2019', date: '2019-07-25' }]);
  });
});

describe('captions, stamps and teasers', () => {
  it.each([
    ['a caption with its credit', 'Protesters march in Hong Kong on November 18, 2019. (Photo by Anthony Kwan/Getty Images)'],
    ['a wire caption', 'Protesters march in Hong Kong, China November 18, 2019. REUTERS/Thomas Peter'],
    ['a reading-time stamp', 'November 19, 2019 | 3 min read'],
    ['a video teaser', 'Watch: Trump speaks at a rally on Monday'],
  ])('offers no date for %s', (_name, sentence) => {
    expect(dates(sentence, new Date('2019-11-19T00:00:00Z'))).toEqual([]);
  });
});

describe('recurring days of the calendar', () => {
  it.each([
    ['"every" before the day', 'The war of 1812 is remembered every June 18.'],
    ['"every year"', 'Every year on November 11, the nation remembers its dead.'],
  ])('offers no date for %s', (_name, sentence) => {
    expect(dates(sentence)).toEqual([]);
  });
  it('keeps a day after a frequency word that qualifies something else', () => {
    expect(dates('He failed to deliver on his often-repeated vow that Britain would leave the EU on Oct. 31.').map((d) => d.text)).toEqual(['Oct. 31']);
  });
});

describe('weekdayShift (shared by English and continental weekdays)', () => {
  // Publication on a Wednesday (3).
  it('goes back to the most recent such day, the same day included', () => {
    expect(weekdayShift(3, 1, false)).toBe(-2); // Monday
    expect(weekdayShift(3, 3, false)).toBe(0);
    expect(weekdayShift(3, 4, false)).toBe(-6); // last Thursday
  });
  it('looks ahead to the first such day on or after, or the next week when asked', () => {
    expect(weekdayShift(3, 5, true)).toBe(2); // Friday
    expect(weekdayShift(3, 3, true)).toBe(0);
    expect(weekdayShift(3, 3, true, true)).toBe(7);
    expect(weekdayShift(3, 0, true)).toBe(4); // Sunday
  });
});

describe('launch-day "today", quarters by code, year-end deadlines, neighbouring days', () => {
  it.each([
    ['a present progressive', 'Acme is launching today on phones and tablets.'],
    ['a leading "Today" before a progressive', 'Today, the Widget Lab is opening its interface to outside developers.'],
    ['a release\'s state', 'The new reader app is available today in both stores.'],
    ['"starting today"', 'The redesign rolls out starting today for readers in Canada.'],
  ])('dates %s to the publication day', (_name, sentence) => {
    expect(dates(sentence)).toEqual([{ text: expect.stringMatching(/^today$/i), date: '2026-07-04' }]);
  });
  it.each([
    ['a trend of the age', 'Today, more shoppers are turning to their phones to pay.'],
    ['a state of the age', 'Yet today glass blowing is also experiencing a modest revival.'],
  ])('offers no day for %s', (_name, sentence) => {
    expect(dates(sentence)).toEqual([]);
  });
  it('reads a calendar quarter by its code, but not a fiscal one', () => {
    expect(dates('In Q2 2025, the maker shipped four million units.')).toEqual([{ text: 'Q2 2025', start: '2025-04', end: '2025-06' }]);
    expect(dates('Its fiscal Q2 2025 sales rose.')).toEqual([]);
  });
  it('dates a year-end deadline to the publication year, not an end looked back on', () => {
    expect(dates('The merger is expected to close by the end of the year.')).toEqual([{ text: 'the end of the year', date: '2026' }]);
    expect(dates('By the end of the year, the shop had hired 40 cooks.')).toEqual([]);
  });
  it('counts "the day before" from the day the sentence before named, and "the next day" from one named before it', () => {
    const html = `<html><body><article>
      <p>The rowing club won its final race on Tuesday after a long season on the river and a tough spring of training.</p>
      <p>The day before, the club's second crew had taken the bronze medal in the same regatta on the lake.</p>
      <p>The coach was fined on June 2 and resigned the next day, the club said in a short statement to members.</p>
      <p>The festival opens the day after the final, with concerts and a market on the square by the old harbour.</p>
    </article></body></html>`;
    const sheet = extractFacts(html, 'https://news.example/story', { publishedAt: new Date('2026-07-04T10:00:00Z') });
    expect(sheet.dates.map((d) => [d.text, 'date' in d ? d.date : null])).toEqual([
      ['Tuesday', '2026-06-30'],
      ['The day before', '2026-06-29'],
      ['June 2', '2026-06-02'],
      ['the next day', '2026-06-03'],
    ]);
  });
});

describe('what a date says: subjects, reporting periods, period names', () => {
  const whats = (sentence: string) => findDates(sentence, published).map((d) => [d.text, d.what]);
  it('joins a lone verb to its subject across an apposition or a participle clause', () => {
    expect(whats('Fizz, the new fizzy drink from Acme, launches today.')).toEqual([['today', 'Fizz launches']]);
    expect(whats('The bakery, opened in 2012, now sells 900 loaves a day.')).toEqual([['2012', 'bakery opened']]);
  });
  it('names the reporting period a closing day ends', () => {
    expect(whats('The chain earned $3 million for its fiscal second quarter ended March 28.')).toEqual([['March 28', 'fiscal second quarter ended']]);
  });
  it('drops a dangling determiner from the end of what', () => {
    expect(whats('The chain on Monday reported sales of $9 million for its stores in Ohio.')[0]).toEqual(['Monday', 'chain reported sales of $9 million']);
  });
  it('offers no date for a month naming a reporting period, and dates an offering by its month', () => {
    expect(dates('Sales for the March quarter rose 4 percent.')).toEqual([]);
    expect(dates("Shares have doubled since the company's April IPO.", new Date('2026-07-04T00:00:00Z'))).toEqual([{ text: 'April', date: '2026-04' }]);
  });
});

describe('spans and edges looking ahead', () => {
  it('puts a same-month span still to come in the next year', () => {
    expect(dates('The club will hold its congress March 2-6 in the capital.')).toEqual([{ text: 'March 2-6', start: '2027-03-02', end: '2027-03-06' }]);
  });
  it('leaves "by the end" out of what happens', () => {
    expect(findDates('The shop expects to break even by the end of 2027.', published)[0]?.what).toBe('expects to break even');
  });
});

describe('a month that arrives', () => {
  it('dates "when February rolls around" ahead, with the clause joined to it as what', () => {
    expect(findDates('When February rolls around and the free tickets are handed out, go early.', published)).toEqual([
      { text: 'February', date: '2027-02', what: 'free tickets are handed out' },
    ]);
  });
});

describe('an offering named by its year', () => {
  it('dates "the firm\'s 2019 IPO" by its year', () => {
    expect(dates("The firm's 2019 IPO raised $80 million.")).toEqual([{ text: '2019', date: '2019' }]);
  });
});

describe('"last <weekday>" and the publisher\'s own day', () => {
  it('reads "last Monday" said on a Friday as that week\'s Monday, and "last Friday" on a Friday as a week before', () => {
    const friday = new Date('2014-12-05T00:00:00Z');
    expect(dates('The trouble has grown since last Monday when the network went down.', friday)).toEqual([{ text: 'last Monday', date: '2014-12-01' }]);
    expect(dates('The shop closed its doors last Friday.', friday)).toEqual([{ text: 'last Friday', date: '2014-11-28' }]);
  });

  const page = (p: string): string => `<html><head><meta property="article:published_time" content="2014-12-05T04:27:37.000Z"></head><body><article><p>${p}</p><p>More on the story as it develops, the editors said in a short note to readers.</p></article></body></html>`;
  const days = (html: string, url: string): string[] => extractFacts(html, url).dates.map((d) => ('date' in d ? d.date : ''));
  it('takes an address\'s day before a UTC morning stamp as the day "today" names (an American evening)', () => {
    expect(days(page('The chief executive spoke today at a media conference in the city.'), 'https://news.example/2014/12/04/chief-speaks/')).toEqual(['2014-12-04']);
  });
  it('keeps the UTC day without a dated address, or when the text names the UTC day\'s weekday', () => {
    expect(days(page('The chief executive spoke today at a media conference in the city.'), 'https://news.example/chief-speaks/')).toEqual(['2014-12-05']);
    expect(days(page('Markets in Asia were mixed in early trading Friday, and traders expect little news today.'), 'https://news.example/2014/12/04/markets/')).toEqual(['2014-12-05', '2014-12-05']);
  });
});

describe('"today" inside a verb phrase or after a list, and the "what" of such dates', () => {
  const wed = new Date('2011-11-02T00:00:00Z');
  it('reads "is today announcing" as the day\'s event, but not "is today" as the present age', () => {
    const got = findDates('The startup is today unveiling a payments service for small shops.', wed);
    expect(got.map((d) => [d.text, 'date' in d ? d.date : null])).toEqual([['today', '2011-11-02']]);
    expect(got[0]!.what).toContain('unveiling a payments service');
    expect(dates('The town is today a quiet place.', wed)).toEqual([]);
  });
  it('reads a list\'s last item as part of the clause whose verb heads the list', () => {
    const got = findDates('The firm is releasing a new reader app for phones, tablets and laptops today, which costs nothing.', wed);
    expect(got.map((d) => [d.text, 'date' in d ? d.date : null])).toEqual([['today', '2011-11-02']]);
    expect(got[0]!.what).toContain('reader app');
    expect(dates('Weeks ago the site saw a redesign, and today, they are ready to open up.', wed)).toEqual([]);
  });
  it('takes a restrictive "when" clause after a date as what happened then', () => {
    expect(findDates('Trouble has grown since last Monday when hackers broke into the servers.', wed)[0]!.what).toBe('hackers broke into the servers');
    expect(findDates('The village first appeared in 2014, when farmers settled by the river.', wed)[0]!.what).not.toContain('farmers');
  });
});

describe('a weekday closing a subject shortened from a relative clause', () => {
  const thu = new Date('2014-12-04T00:00:00Z');
  it('dates it by the participle ("the report released Monday is …") unless the participle is a plan', () => {
    expect(dates('The report released Monday is said to be the first of many.', thu)).toEqual([{ text: 'Monday', date: '2014-12-01' }]);
    expect(dates('The concert planned for Saturday is sold out.', thu)).toEqual([{ text: 'Saturday', date: '2014-12-06' }]);
  });
  it('folds the event named again with another article ("an FBI warning Monday" … "the FBI warning Monday")', () => {
    const html = `<html><body><article>
      <p>Investigators said the code described in an agency warning Monday came from a known group of attackers.</p>
      <p>The code described in the agency warning Monday is thought to be the same as that found in the bank attack.</p>
    </article></body></html>`;
    const sheet = extractFacts(html, 'https://news.example/story', { publishedAt: new Date('2014-12-04T18:00:00Z') });
    expect(sheet.dates.map((d) => ('date' in d ? d.date : null))).toEqual(['2014-12-01']);
  });
});

describe('what a date says: the event of its clause (session 14, fresh feed text)', () => {
  const whats = (sentence: string) => findDates(sentence, published).map((d) => d.what);
  it('skips an attribution after the date for the clause before it', () => {
    expect(whats('A chartered train struck a garbage truck south of Charlottesville, Virginia, on Wednesday, lawmakers said.')).toEqual(['struck a garbage truck south of Charlottesville']);
    expect(whats('In 1997, Elise wrote, she interviewed Mike for a convention.')).toEqual(['she interviewed Mike for a convention']);
    // Not an attribution: a clause whose verb is "reported" with a copula before it.
    expect(whats('From 2010 to 2015 there were 3248 cases reported worldwide.')).toEqual(['there were 3248 cases reported worldwide']);
  });
  it('joins a subject before the date to the verb after it', () => {
    expect(whats('Pakistani security forces Saturday shot and killed a top al Qaeda operative.')[0]).toMatch(/^Pakistani security forces shot and killed/);
    expect(whats('Late-night hosts on Tuesday addressed the speech.')).toEqual(['Late-night hosts addressed the speech']);
    // A verb before the date keeps its clause.
    expect(whats('Investigators said the code described in an agency warning Monday came from a known group.')).toEqual(['code described in an agency warning']);
  });
  it('takes the verb and object of a long clause, not its last words', () => {
    expect(whats('Police dropped an investigation into disgraced former gymnastics doctor Larry Nassar in 2004.')).toEqual(['Police dropped an investigation']);
    // Not past a subordinator or "dating back to".
    expect(whats('He has avoided extradition to Sweden for seven years after seeking refuge at the embassy in London in 2012.')[0]).not.toContain('avoided');
    expect(whats('Symantec pinned responsibility for a series of attacks in South Korea dating back to 2009 on a gang.')[0]).not.toContain('pinned');
  });
  it('leaves out a pronoun and copula, a part of the day, and the lead-in before a quotation', () => {
    expect(whats('This was late last September and Rudovsky had been invited to a meeting with the commissioner.')).toEqual(['Rudovsky had been invited to a meeting']);
    expect(whats('Unknown gunmen tried to kill him at his home in the early hours of Wednesday.')).toEqual(['Unknown gunmen tried to kill him']);
    expect(whats('An anonymous reader writes "On Friday, Chrome 33 was shipped to the stable channel."')[0]).not.toContain('reader');
  });
});

describe('dates that are none, and days that are (session 14, fresh feed text)', () => {
  it('reads no date in a name, a generic weekday, an idiom, an edition or the present restated', () => {
    expect(dates('The Women’s March could pull off a similar feat.')).toEqual([]);
    expect(dates('Dip into NBA Twitter on a random Tuesday and you’ll see it hype a game.')).toEqual([]);
    expect(dates('It seems just like yesterday that we watched the launch.')).toEqual([]);
    expect(dates('The country ranked 20th in the 2018 Rule of Law Index.')).toEqual([]);
    expect(dates('The average person is more free today, in 2014, than a century ago.')).toEqual([]);
    // Counter-examples: a plain weekday, a month of a thing.
    expect(dates('The vote was held on Tuesday.')).toEqual([{ text: 'Tuesday', date: '2026-06-30' }]);
  });
  it('reads two days of one month as a range, a year naming a won event, and today of an event', () => {
    expect(dates('On 20 and 21 January 2018, hundreds of groups organized another march.')).toEqual([{ text: '20 and 21 January 2018', start: '2018-01-20', end: '2018-01-21' }]);
    expect(dates('He drove his Mini to his 1964 Monte Carlo victory.')).toEqual([{ text: '1964', date: '1964' }]);
    expect(dates('Tim Cook showed off the phones at today’s Apple event.')).toEqual([{ text: 'today', date: '2026-07-04' }]);
  });
  it('reads "the previous evening" as the day before the day just named', () => {
    const own = findDates('On Wednesday, a TV show published messages he had sent at an event in Leuven the previous evening.', published);
    expect(neighbourDays('On Wednesday, a TV show published messages he had sent at an event in Leuven the previous evening.', null, own).map((d) => 'date' in d && d.date)).toEqual(['2026-06-30']);
  });
});

describe('"today" of the age, figurative years, weekly weekdays and what a date tells (session 15, fresh feed text)', () => {
  // Publication: Wednesday, November 8, 2017.
  const pub = new Date('2017-11-08T00:00:00Z');
  const on = (sentence: string) => findDates(sentence, pub).map(({ what: _what, ...d }) => d);
  const what = (sentence: string) => findDates(sentence, pub).map((d) => d.what);
  it('reads no day in "today" meaning nowadays: a relative clause’s state, the market, "of today", an aside in parentheses', () => {
    expect(on('We’ll start with products that you can effectively take home today.')).toEqual([]);
    expect(on('Garmin is the only company that offers Cycling Dynamics today (though, that’s soon changing).')).toEqual([]);
    expect(on('I’m going to focus on the products out in the market today, and those coming down the road.')).toEqual([]);
    expect(on('Compared to the head units of today, the head unit is just horribly dated.')).toEqual([]);
    expect(on('Servicing isn’t as open as other power meters on the market today.')).toEqual([]);
    expect(on('We have five main areas we see power meters placed today.')).toEqual([]);
    expect(on('While there are systems for it, there’s nothing of the sort today in the MK1.')).toEqual([]);
    expect(on('We asked what a conference should look like today.')).toEqual([]);
  });
  it('keeps "today" of an act, even in a relative clause or in capitals, and "N years ago today"', () => {
    expect(on('I’d rather wait for the final firmware that I just got today.')).toEqual([{ text: 'today', date: '2017-11-08' }]);
    expect(on('The company said that it launches the app today.')).toEqual([{ text: 'today', date: '2017-11-08' }]);
    expect(on('Shares fell 5% today (Nov. 8) after the report.')).toEqual([{ text: 'today (Nov. 8)', date: '2017-11-08' }]);
    expect(on('The Clever Training 20% deal starts TODAY (right now).')).toEqual([{ text: 'TODAY', date: '2017-11-08' }]);
    expect(on('He reads USA TODAY.')).toEqual([]);
    expect(on('As of today, the deal is live.')).toEqual([{ text: 'today', date: '2017-11-08' }]);
    expect(findDates('Ten years ago today, the first Google Testing Blog article was posted.', pub)).toEqual([{ text: 'Ten years ago today', date: '2007-11-08', what: 'first Google Testing Blog article was posted' }]);
  });
  it('counts "N days later" from the day just named', () => {
    const s = 'Ten years ago today, the first article was posted (official announcement 2 days later).';
    expect(neighbourDays(s, null, findDates(s, pub)).map((d) => ['date' in d && d.date, d.what])).toEqual([['2007-11-10', 'official announcement']]);
    expect(neighbourDays('Two days later, he resigned.', '2017-11-01').map((d) => 'date' in d && d.date)).toEqual(['2017-11-03']);
    expect(neighbourDays('He resigned two days later than planned.', '2017-11-01')).toEqual([]);
  });
  it('reads no date in a likeness, an imagined person of a year or a contracted "it’s", but a year restated after "ago"', () => {
    expect(on('Ultimately, it was like going from 1987 to 2002.')).toEqual([]);
    expect(on('Sure, someone from 2003 might look at them and say it’s fine.')).toEqual([]);
    expect(on('I want to feel like it’s 2017 every time I use them.')).toEqual([]);
    expect(on('Sales rose from 2010 to 2015.')).toEqual([{ text: '2010 to 2015', start: '2010', end: '2015' }]);
    expect(on('Trump’s 2016 campaign was chaotic.')).toEqual([{ text: '2016', date: '2016' }]);
    expect(on('WatTeam broke onto the market a couple of summers ago (2014) with a $499 system.')).toEqual([{ text: '2014', date: '2014' }]);
  });
  it('reads no day in a weekly weekday, and a thing "from Sunday" as done', () => {
    expect(on('There’s the weekly Paris Roller events on Friday that are always epic.')).toEqual([]);
    expect(on('Skaters meet on Friday nights.')).toEqual([]);
    expect(on('He watched Monday Night Football with the DCR Friday Night Live crew.')).toEqual([]);
    expect(on('He died on Friday night.')).toEqual([{ text: 'Friday', date: '2017-11-03' }]);
    expect(on('In any case, first up is a run from Sunday.')).toEqual([{ text: 'Sunday', date: '2017-11-05' }]);
    expect(on('The new rules will apply from Monday.')).toEqual([{ text: 'Monday', date: '2017-11-13' }]);
  });
  it('reads a week’s log flattened into one line, each weekday naming its entry', () => {
    const log = 'Monday: Hands-on: Garmin’s New Descent MK1 Diving Watch Wednesday: Epson’s New ProSense watches Friday: The 4th Annual DCR Cave Open House–December 2nd, 2017';
    expect(findDates(log, new Date('2017-11-05T00:00:00Z')).map((d) => ['date' in d && d.date, d.what])).toEqual([
      ['2017-10-30', 'Hands-on: Garmin’s New Descent MK1 Diving Watch'],
      ['2017-11-01', 'Epson’s New ProSense watches'],
      ['2017-11-03', '4th Annual DCR Cave Open House'],
      ['2017-12-02', '4th Annual DCR Cave Open House'],
    ]);
    // Counter-examples: an entry whose verb looks ahead, and a title-case line with one weekday (a headline).
    expect(on('Monday: The Bachelor returns Tuesday: The Voice airs')).toEqual([{ text: 'Monday', date: '2017-11-13' }, { text: 'Tuesday', date: '2017-11-14' }]);
    expect(on('Monday: Garmin Announces New Watch Lineup')).toEqual([]);
  });
  it('says what a timeline line tells, keeps quotes balanced, reads "vintage 2006" and leaves "over the next year" alone', () => {
    expect(what('August 15, 2017 - Selected speakers and attendees will be notified.')).toEqual(['Selected speakers and attendees will be notified']);
    expect(what('May 15, 2017 - Registration opens for speakers and attendees, including scholarship applicants.')).toEqual(['Registration opens for speakers and attendees']);
    expect(what('Remarkably, Unicode is, in 2012, still “cutting edge.')).toEqual(['still cutting edge']);
    expect(on('I had old (vintage 2006) installations of PHP-openid on my server.')).toEqual([{ text: '2006', date: '2006' }]);
    expect(findDates('I suspect we’ll see more companies join this group over the next year.', pub, { year: 2015, month: 3 })).toEqual([]);
    expect(findDates('The next year, the firm moved to Paris.', pub, { year: 2015, month: 3 }).map((d) => 'date' in d && d.date)).toEqual(['2016']);
    // "Today" of a present habit, with a modal only in a relative clause after it, names no day; an act's "Today" does.
    expect(on('Today, TEs carry on this tradition of setting the standard which all products should achieve.')).toEqual([]);
    expect(on('Today, the company that makes the app announced a deal.')).toEqual([{ text: 'Today', date: '2017-11-08' }]);
  });
  it('names a field’s date by its heading or question, never by a pronoun', () => {
    const html = `<html><body><article>
      <p>Here is everything you need to know about this year’s open house and the group run that goes with it.</p>
      <p>For the Open House:</p>
      <p>Date: Saturday, December 2nd, 2017 – Starting around 7PM.</p>
      <p>When does the VIP sale end?</p>
      <p>November 18th, 2017 at 11:59PM US Eastern Time.</p>
      <p>When does this end?</p>
      <p>November 20th, 2017 at 11:59PM US Eastern Time.</p>
    </article></body></html>`;
    const sheet = extractFacts(html, 'https://news.example/story', { publishedAt: new Date('2017-11-03T10:00:00Z') });
    expect(sheet.dates.map((d) => [d.text, d.what])).toEqual([
      ['December 2nd, 2017', 'Open House'],
      ['November 18th, 2017', 'VIP sale end'],
      ['November 20th, 2017', null],
    ]);
  });
  it('reads a present passive as still to come, and "as of <month>" with a present state as past', () => {
    expect(on('This year the Paris Santa 10K run is held much later (Dec 17th), so it doesn’t fit.')).toEqual([{ text: 'Dec 17th', date: '2017-12-17' }]);
    expect(on('The system, which as of September is now down to $399, sells well.')).toEqual([{ text: 'September', date: '2017-09' }]);
    expect(on('As of March the law will require helmets.')).toEqual([{ text: 'March', date: '2018-03' }]);
  });
  it('says what from the clause before a date in parentheses, and never a clock time or a place alone', () => {
    expect(what('This year the Paris Santa 10K run is held much later (Dec 17th), so it doesn’t fit.')).toEqual(['Paris Santa 10K run is held much later']);
    expect(what('The show features the Grand Prix, a family fun day (Oct. 13) and a trade fair.')).toEqual(['family fun day']);
    expect(what('November 18th, 2017 at 11:59PM US Eastern Time.')).toEqual([null]);
    expect(what('Date: Saturday, December 2nd, 2017 – Starting around 7PM.')).toEqual([null]);
    expect(what('Be able to attend core dates of GTAC, November 14th - 15th 2017 in London, England.')).toEqual(['able to attend core dates of GTAC']);
    // A name after the date is no place: it is left to the clause's own reading.
    expect(what('Smith’s art was unique, and in 1907 Alfred Stieglitz, the photographer, gave Smith her own show.')).toEqual(['Alfred Stieglitz']);
  });
  it('keeps a table row’s cell separators and list bullets out of what', () => {
    expect(what('• Statute of Westminster adopted | 25 November 1947 |')).toEqual(['Statute of Westminster adopted']);
    expect(what('• Responsible government | 7 May 1856')).toEqual(['Responsible government']);
  });
});

describe('findDates: what a reported clause says (review rev2 D1)', () => {
  const what = (sentence: string) => findDates(sentence, published).map((d) => d.what);
  it('says the speaker, the verb and the reported clause, not the reporting clause alone', () => {
    expect(what('General Motors said on Tuesday it had hired Anton Valukas to lead an internal investigation.')).toEqual(['General Motors said it had hired Anton Valukas']);
    expect(what('Mt. Gox said on Monday it had filed for bankruptcy protection in Tokyo.')).toEqual(['Mt. Gox said it had filed for bankruptcy protection']);
    expect(what('Google said Wednesday that it will release a software kit for wearable devices in two weeks.')).toEqual(['Google said it will release a software kit']);
    expect(what('The company announced on Thursday that it would cut 2,000 jobs across Europe.')).toEqual(['company announced it would cut 2,000 jobs']);
    expect(what('Facebook told reporters on Monday that it was buying the messaging app for $19 billion.')).toEqual(['Facebook told reporters it was buying the messaging app']);
    expect(what('Police said on Sunday that two men had been arrested over the shooting.')).toEqual(['Police said two men had been arrested over the shooting']);
    expect(what('Officials said Friday that Yoon had ordered the arrest of prominent politicians including Lee.')).toEqual(['Officials said Yoon had ordered the arrest']);
    expect(what('The minister announced on Wednesday a new plan to cut emissions.')).toEqual(['minister announced a new plan to cut emissions']);
    expect(what('The minister announced on Wednesday a new plan to cut emissions by 2030.')).toEqual(['minister announced a new plan to cut emissions', 'new plan to cut emissions']);
    expect(what('GM said Wednesday at a news conference that it will recall 1.6 million cars.')).toEqual(['GM said it will recall 1.6 million cars']);
    expect(what('Twitter Inc said on Thursday it would buy back up to $2 billion of its shares, sending its stock up.')).toEqual(['Twitter Inc said it would buy back up to $2 billion']);
    expect(what('A spokeswoman for the company said on Monday that the recall affected about 1.6 million vehicles worldwide.')).toEqual(['spokeswoman for the company said the recall affected about 1.6 million vehicles']);
    expect(what('The startup announced Tuesday a $50 million Series C round led by Andreessen Horowitz.')).toEqual(['startup announced a $50 million Series C round']);
    expect(what('Netflix on Tuesday said it added 4.3 million subscribers in the quarter.')).toEqual(['Netflix said it added 4.3 million subscribers']);
    expect(what('Prime Minister David Cameron said on Friday he was "deeply concerned" by the reports.')).toEqual(['Minister David Cameron said he was deeply concerned']);
  });
  it('keeps the announcement itself when nothing is reported after the date', () => {
    expect(what('Apple announced the iPhone on Tuesday at its headquarters in Cupertino.')).toEqual(['Apple announced the iPhone']);
    expect(what('“We are taking in billions of dollars,” Mr. Trump said on Tuesday.')).toEqual(['Mr. Trump said']);
    // A participle after its noun reports nothing: the poll was released then.
    expect(what('A Gallup Korea poll released on Friday showed Yoon’s approval rating at 13%.')).toEqual(['Gallup Korea poll released']);
    expect(what('The company declined to comment on Monday.')).toEqual(['company declined to comment']);
    expect(what('Russia’s foreign ministry said on Monday: “The sanctions are unacceptable.”')).toEqual(['Russia’s foreign ministry said']);
    expect(what('The report, published on Wednesday, found that 40 percent of apps leaked user data.')).toEqual(['report published']);
    // … and with the phrase that completes it, its preposition kept; "study" after its article names, it is no verb.
    expect(what('The study, published Wednesday in the journal Nature, followed 4,000 volunteers.')).toEqual(['study published in the journal Nature']);
  });
  it('says the news an attribution after it reports, with a short speaker', () => {
    expect(what('Titanfall has an 840MB day-one update, players said on Monday.')).toEqual(['players said Titanfall has an 840MB day-one update']);
    expect(what('VIENNA — The house where Adolf Hitler was born will be turned into a police station, Austria’s interior minister said on Tuesday, after years of debate.')).toEqual(['Austria’s interior minister said house will be turned into a police station']);
    expect(what('Three deputies to the head of Samsung Electronics’ mobile division are leaving, a person with knowledge of the matter said on Thursday, as the maker faces slowing sales.')).toEqual(['three deputies are leaving']);
    expect(what('Venture capitalist Tim Draper won part of the auction of 50,000 bitcoins, he said in an email Friday.')).toEqual(['venture capitalist Tim Draper won part']);
    expect(what('It was not immediately clear how many people were hurt, police said on Sunday.')).toEqual(['police said it was not immediately clear how many people']);
    // … nor a clause joined by "and" ("in Canada and the U.S. on Monday", was the clause after the date).
    expect(what('BBM Music will go live in Canada and the U.S. on Monday, after a beta that started in March.')).toEqual(['BBM Music will go live', 'beta that started']);
    // A participle set off by a comma after its noun, done by someone named after the date; a title written short goes.
    expect(what('The bill, introduced in March by Rep. Jane Smith, passed the House on Thursday.')[0]).toBe('Jane Smith introduced bill');
    // A relative clause's verb takes the noun it hangs on as its subject; not a firm's suffix, nor a name inside a longer phrase.
    expect(what('Police said the suspect, who was arrested Saturday in Ohio, will appear in court on Dec. 9.')[0]).toBe('suspect was arrested');
    expect(what('Snapchat, which was founded in 2011 by Evan Spiegel and Bobby Murphy, turned down a $3 billion offer.')).toEqual(['Snapchat was founded']);
    // "May" with a passive's agent after it is the month; the one people have confidence in is Theresa May.
    expect(findDates('The drug was approved in May by the Food and Drug Administration.', published).map((d) => [d.text, d.what])).toEqual([['May', 'drug was approved']]);
    expect(findDates('The vote of confidence in May by the party was a blow.', published)).toEqual([]);
    expect(what('“And I asked, on whose authority?” said Hill, who will testify Thursday.')).toEqual(['Hill will testify']);
    expect(what('The merger of the chains Gannett and GateHouse Media, which became final Tuesday, will create a giant.')).toEqual(['became final']);
    // An abbreviation's dot ends no reported clause, and a date the clause closes on is its own fact ("from Nov. 3 to Nov. 10").
    expect(what('Voting runs from Nov. 3 to Nov. 10, the commission said on Thursday.')).toEqual(['Voting runs', 'commission said Voting runs']);
    expect(what('The deal closes in the U.S. next year, the company said on Monday.')).toEqual(['company said deal closes in the U.S.']);
    // A reporting verb with its place ("said in a tweet") after an apposition: the speaker, the verb and the reported clause.
    expect(what('Elon Musk, Tesla’s chief executive, said in a tweet late Monday that the company would fix the problem at no cost.')).toEqual(['Elon Musk said the company would fix the problem']);
    // (a date inside the what that names a thing stays: "the 1987 share market crash")
    expect(what('Stocks have risen from their 1987 lows, the ministry said on Tuesday.')).toContain('ministry said Stocks have risen from their 1987 lows');
    // A quotation, a clause with no subject, or a relative clause is no news reported.
    expect(what('“We will appeal this ruling,” the company said on Monday.')).toEqual(['company said']);
    expect(what('She was shocked to find the receptor in kidney cells, a finding that she reported in 2009.')).toEqual(['finding that she reported']);
  });
  it('says what an aside, a lone thing or a coordinated name leaves out (review rev1 kind 13)', () => {
    expect(what('I was hesitant, even up to this morning, to publish the JSON Feed spec.')).toEqual(['I was hesitant to publish the JSON Feed spec']);
    expect(what('Sales were up in the third quarter of 2014, the firm said, after a slump in 2013.')).toEqual(['Sales were up', 'slump']);
    expect(what('British Prime Minister Keir Starmer met US chipmaker Nvidia and the Seattle-based coffee chain Starbucks on Monday.')).toEqual(['Keir Starmer met US chipmaker Nvidia']);
    expect(what('The screening is Sunday, June 4 at 5 pm, with a panel afterward.')).toEqual(['screening']);
    expect(what('Webb grabbed the girl at 6:38 p.m. on May 18.')).toEqual(['Webb grabbed the girl']);
    // A cut never splits a name.
    expect(what('His goal 2:55 into overtime capped a frantic comeback to lift the New York Islanders over the Pittsburgh Penguins 5-4 Tuesday night to extend their streak.')).toEqual(['capped a frantic comeback to lift the New York Islanders']);
    // A clause with its own verb after the "and" keeps it; so does a second object ("brought … Axel and Linda Buck a Nobel Prize").
    expect(what('She won an award in 2003 and received the Presidential Medal of Freedom in 2016.')).toEqual(['She won an award', 'received the Presidential Medal of Freedom']);
    expect(what('The discovery brought the researchers Richard Axel and Linda Buck a Nobel Prize in 2004.')).toEqual(['Linda Buck a Nobel Prize']);
    // A first object dated apart: the verb and this object.
    expect(what('The water act prohibited nursery sowing before May 10 and transplanting before June 10.')).toEqual(['water act prohibited nursery sowing', 'water act prohibited transplanting']);
    expect(what('Interest payments will overtake Medicaid in 2020 and the Department of Defense budget in 2023.')).toEqual(['Interest payments will overtake Medicaid', 'Interest payments will overtake Department of Defense budget']);
    expect(what('The first Europeans known to have reached New Zealand were Dutch explorer Abel Tasman and his crew in 1642.')).toEqual(['his crew']);
  });
  it('reads what follows a clause that only points ahead', () => {
    expect(what('On Wednesday night I know where I’ll be — playing keyboard with the band at the Paramount concert.')).toEqual(['playing keyboard with the band at the Paramount']);
    expect(what('On Monday, he said what he would do: resign.')).toEqual(['he said what he would do']);
  });
});

describe('findDates: a possessive day names the thing of that day (review rev2 D2)', () => {
  const pub = new Date('2014-03-11T15:00:00Z');
  const read = (sentence: string) => findDates(sentence, pub).map((d) => ['date' in d ? d.date : '', d.what]);
  it('dates "today\'s" event, update or auction, not the age\'s things', () => {
    expect(read('Here are five cool new features from today’s iOS update.')).toEqual([['2014-03-11', 'iOS update']]);
    expect(read('Bidding in today’s auction closed at $4.2 million.')).toEqual([['2014-03-11', 'auction closed at $4.2 million']]);
    // Opening the sentence, "Today's" is left undated as before (a quotation's "Today's second hearing" in a story stamped the next
    // day in another time zone is no day of the story's).
    expect(read('Today’s auction raised $2 million for charity.')).toEqual([]);
    expect(read('Today’s world is more connected than ever before.')).toEqual([]);
    expect(read('Today’s smartphones are faster than the laptops of ten years ago.')).toEqual([]);
    expect(read('He noted that today’s kids spend more time online.')).toEqual([]);
  });
  it('says the thing, not the clause around it, when the day is inside a phrase', () => {
    expect(read('It posted a series of tweets supporting Johnson during Tuesday’s debate.')).toEqual([['2014-03-11', 'debate']]);
    expect(read('Their homes were attacked by troops in Tuesday night’s coup, the source said.')).toEqual([['2014-03-11', 'coup']]);
    expect(read('Details emerged at last Friday’s meeting of the board, where directors approved the budget.')).toEqual([['2014-03-07', 'meeting of the board']]);
    expect(read('His hopes are slim after Monday night’s loss to the Chiefs.')).toEqual([['2014-03-10', 'loss to the Chiefs']]);
    // Opening its clause, the day's thing is the clause's subject; a market's close is a level, no thing.
    expect(read('Yesterday’s announcement sent shares up 5%.')).toEqual([['2014-03-10', 'announcement sent shares up 5%']]);
    expect(read('Shares rose 3% from Monday’s close.')).toEqual([['2014-03-10', 'Shares rose 3%']]);
    // The subject of a reported clause: what the day's thing is, not the later time the clause tells of.
    expect(read('The network said today’s episode would be repeated on Saturday.')[0]).toEqual(['2014-03-11', 'episode']);
  });
});

describe('findDates: names that hold a weekday, and numbers that look like years (review rev1 kind 13, rev2 D2)', () => {
  const pub = new Date('2014-12-05T15:00:00Z');
  const texts = (sentence: string) => findDates(sentence, pub).map((d) => d.text);
  it('reads no day in a column’s, a show’s or a hashtag’s name', () => {
    expect(texts('Monday Moan – Let me delete stock iOS apps!')).toEqual([]);
    expect(texts('Read the column Friday Q&A for more on blocks.')).toEqual([]);
    expect(texts('Friday Q&A 2012-01-13: The Objective-C runtime explained.')).toEqual(['2012-01-13']);
    expect(texts('Every week the account posts a Throwback Thursday photo from the archives.')).toEqual([]);
    expect(texts('He wrote about it in his weekly Monday Note column.')).toEqual([]);
    expect(texts('This week’s Friday Five: the best apps of the month.')).toEqual([]);
    expect(texts('Monday Moan is our weekly column in which readers complain about their phones.')).toEqual([]);
  });
  it('still reads the day beside a name that acts, or after a title in a week’s log', () => {
    expect(texts('Microsoft Monday announced a new phone.')).toEqual(['Monday']);
    expect(texts('Facebook Friday said it would ban the ads.')).toEqual(['Friday']);
    expect(texts('On Monday Microsoft announced a new phone.')).toEqual(['Monday']);
    expect(texts('Monday – Apple announces the iPhone.')).toEqual(['Monday']);
    expect(texts('She asked for compassion in a letter posted on Twitter Tuesday, saying she did not want a severe sentence.')).toEqual(['Tuesday']);
    expect(texts('Monday Microsoft CEO Satya Nadella said the deal was done.')).toEqual(['Monday']);
    expect(texts('Trump Tuesday tweeted about the deal.')).toEqual(['Tuesday']);
    expect(texts('Monday Microsoft is expected to report earnings.')).toEqual(['Monday']);
  });
  it('reads no year in a key size', () => {
    expect(texts('Use a key length of 2048 or 4096 bits for RSA keys.')).toEqual([]);
    expect(texts('Keys of 2048 bits are common.')).toEqual([]);
    expect(texts('The plant will close in 2030 or so.')).toEqual(['2030']);
  });
});

describe('findDates: the shopping days after Thanksgiving (review rev2 D2)', () => {
  const on = (pub: string, sentence: string) => findDates(sentence, new Date(pub)).map((d) => [d.text, 'date' in d ? d.date : '']);
  it('dates "on Black Friday" and "until Cyber Monday" by the fourth Thursday of November, in the direction of the clause', () => {
    expect(on('2014-12-05T00:00:00Z', 'Shoppers lined up before dawn on Black Friday, the store said.')).toEqual([['Black Friday', '2014-11-28']]);
    expect(on('2019-11-20T00:00:00Z', 'Retailers expect record sales on Cyber Monday.')).toEqual([['Cyber Monday', '2019-12-02']]);
    expect(on('2019-11-20T00:00:00Z', 'Amazon sold 180 million items on Black Friday.')).toEqual([['Black Friday', '2018-11-23']]);
    expect(on('2019-11-20T00:00:00Z', 'Last year, shoppers spent $7.9 billion on Cyber Monday.')).toEqual([['Cyber Monday', '2018-11-26']]);
  });
  it('reads no day in the season’s things', () => {
    expect(on('2014-11-20T00:00:00Z', 'Black Friday deals start next week.')).toEqual([]);
    expect(on('2014-12-05T00:00:00Z', 'After a strong Black Friday weekend, shares rose.')).toEqual([]);
    expect(on('2014-12-05T00:00:00Z', 'Black Friday is the busiest shopping day of the year.')).toEqual([]);
    expect(on('2019-11-19T00:00:00Z', 'Of course, as is the case each and every year on Black Friday, people want deals on Apple devices.')).toEqual([]);
    expect(on('2019-11-19T00:00:00Z', 'If you’re hoping the price will drop on Black Friday, you’re fooling yourself.')).toEqual([]);
  });
});

describe('findDates: several dates in one sentence, stray words and event names with their year (session 17 reviews)', () => {
  const pub = new Date('2018-10-04T00:00:00Z');
  const what = (sentence: string) => findDates(sentence, pub).map((d) => d.what);
  it('gives each date of a list the item before it, and a date set off by commas the thing before it, not the place after', () => {
    expect(what('VIP meet-and-greet cocktail hour, Oct. 26, and special evening reception/lecture, Oct. 27.')).toEqual(['VIP meet-and-greet cocktail hour', 'special evening reception/lecture']);
    expect(what('ATTEND a two-day symposium with Olympic dressage rider Steffen Peters and internationally respected dressage trainer Scott Hassler, Oct. 28–29, at Riveredge in Chesapeake City, MD.')).toEqual(['ATTEND a two-day symposium']);
    expect(what('SPEND a day in the country rooting for your favorite riders during The Dutta Corp. Fair Hill International Three-Day Event, Oct. 18–21, in Elkton, MD.')).toEqual(['Dutta Corp. Fair Hill International Three-Day Event']);
    expect(what('The cocktail hour is on Oct. 26, and the reception on Oct. 27.')).toEqual(['cocktail hour', 'reception']);
    // Counter-cases: a date opening a clause after the comma tells that clause; a clause before keeps its own date.
    expect(what('Born in Chicago, Oct. 26, 1950, he studied law.')).toEqual(['he studied law']);
    expect(what('Apple launched the phone on Monday and shipped it on Friday.')).toEqual(['Apple launched the phone', 'shipped it']);
  });
  it('keeps the subject of a second verb, and of a name joined by "and"', () => {
    expect(what('The vote opened on Monday, and closed on Friday.')).toEqual(['vote opened', 'vote closed']);
    expect(what('"Super Mario Run" will launch on iPhone and iPad on December 15, for a flat fee of $9.99.')).toEqual(['Super Mario Run will launch on iPhone and iPad']);
    expect(what('King and Weeks were abducted by gunmen wearing military uniforms in the heart of Afghan capital in August 2016.')).toEqual(['Weeks were abducted by gunmen wearing military uniforms']);
    expect(what('Samsung was the first to release AirPlay 2 support for wirelessly sending audio or video from an Apple device to a smart TV back in March.')).toEqual(['Samsung was the first to release AirPlay 2 support']);
    // Counter-case: a copula alone tells nothing.
    expect(what('The last major attack on a civilian target in Tunisia was in 2002, when al-Qaeda militants killed more than 20 people.')[0]).not.toMatch(/\bwas\b/);
  });
  it('leaves the date’s own words ("back in", "Today only") and stray marks out of what', () => {
    expect(what('Today only, Amazon offers Apple’s 12-inch MacBook 256GB in certified refurbished condition for $700.')).toEqual(['Amazon offers Apple’s 12-inch MacBook 256GB']);
    expect(what('Uber “side hustle” commercials were super cool back in 2016.')).toEqual(['Uber “side hustle” commercials were super cool']);
    expect(what('You can view our June 2018 open thread here.')).toEqual(['open thread']);
    expect(what('It was part of the opening ceremony of ‘2018 Welcome Daehak-ro Festival’ which will be held until October 31st 2018!')).toEqual(['Welcome Daehak-ro Festival which will be held']);
    expect(what('It was called ‘the deal’ on Oct. 3 by the players.')).toEqual(['It was called the deal']);
    // Counter-cases: a verb's particle and an apostrophe stay.
    expect(what('We see growth coming back in 2020.')).toEqual(['We see growth coming back']);
    expect(what('The players’ union met on Oct. 3.')).toEqual(['players’ union met']);
  });
  it('reads no date in a design’s model year', () => {
    expect(findDates('Where the 2015 design noise was more from the key bottoming out the switch, you can feel it.', pub)).toEqual([]);
    expect(dates('Apple unveiled the design in 2015.', pub)).toEqual([{ text: '2015', date: '2015' }]);
  });
  it('dates an event named with its year after it', () => {
    expect(findDates('We’ve only seen it this low once before, back on Prime Day 2019.', pub)).toEqual([{ text: 'Prime Day 2019', date: '2019', what: 'Prime Day' }]);
    expect(findDates('The deals started on Black Friday 2019 and ended on Cyber Monday 2019.', pub)).toEqual([
      { text: 'Black Friday 2019', date: '2019-11-29', what: 'deals started' },
      { text: 'Cyber Monday 2019', date: '2019-12-02', what: 'deals ended' },
    ]);
    expect(dates('The Asian Games 2018 were held in Jakarta.', pub)).toEqual([{ text: 'Asian Games 2018', date: '2018' }]);
    expect(findDates('Prices fell at CES 2019 in Las Vegas.', pub).map((d) => d.what)).toEqual(['Prices fell']);
    // Counter-cases: a product's year, a "Day" with no name.
    expect(findDates('Microsoft Office 2019 costs $150.', pub)).toEqual([]);
    expect(findDates('The MacBook Pro 2019 is fast.', pub)).toEqual([]);
    expect(findDates('On Day 2019 we met.', pub)).toEqual([]);
  });
  it('reads dates written in digits year first, and day first with dots', () => {
    expect(dates('The show opened on 2018.04.05 at the theater.', pub)).toEqual([{ text: '2018.04.05', date: '2018-04-05' }]);
    expect(dates('It opened on 2018/04/05.', pub)).toEqual([{ text: '2018/04/05', date: '2018-04-05' }]);
    expect(dates('Die Frist endet am 01.01.2019 für alle.', pub)).toEqual([{ text: '01.01.2019', date: '2019-01-01' }]);
    // Counter-cases: versions, longer numbers, a URL's path.
    expect(findDates('Update to v2018.04.05 now.', pub)).toEqual([]);
    expect(findDates('Build 1.2018.04.05 was released.', pub)).toEqual([]);
    expect(findDates('Version 1.2.2019 is out.', pub)).toEqual([]);
    expect(findDates('See http://example.wordpress.com/2011/09/07/fatwa-para/ for more.', pub)).toEqual([]);
  });
});

describe('findDates: a subject with a relative clause, a counterfactual opinion (session 17)', () => {
  const pub = new Date('2019-11-18T00:00:00Z');
  const what = (sentence: string) => findDates(sentence, pub).map((d) => d.what);
  it('says the main verb after a subject’s relative clause', () => {
    expect(what('Come November 19, those who anted up $129 for the Google Stadia Founder’s Edition or functionally identical Premiere Edition will receive a Stadia controller, a 4K-ready Chromecast Ultra, and three months of Stadia Pro.')).toEqual(['those who anted up will receive a Stadia controller']);
    expect(what('On Monday, the people who bought tickets will get refunds.')).toEqual(['people who bought tickets will get refunds']);
    // Counter-case: a subject with no relative clause.
    expect(what('In September, Apple shipped its first Wi-Fi 6 phones.')).toEqual(['Apple shipped its first Wi-Fi 6 phones']);
  });
  it('reads no month or year in a writer’s counterfactual opinion, but a day still', () => {
    expect(findDates('Prior to September, I would have said Wi-Fi 6 was too new to consider this year.', pub)).toEqual([]);
    expect(dates('On November 12, 2019, I would have said the deal was dead.', pub)).toEqual([{ text: 'November 12, 2019', date: '2019-11-12' }]);
    expect(dates('Prior to September, I said Wi-Fi 6 was too new.', pub)).toEqual([{ text: 'September', date: '2019-09' }]);
  });
});

describe('findDates: names joined by "and" opening the clause after a date (session 17)', () => {
  const what = (sentence: string) => findDates(sentence, published).map((d) => d.what);
  it('runs on to their verb', () => {
    expect(what('In 2015, Attack of the Clones and Revenge of the Sith received limited 3D showings at Celebration Anaheim.')).toEqual(['Revenge of the Sith received limited 3D showings']);
    expect(what('In June, Smith and Jones were arrested in Paris.')).toEqual(['Smith and Jones were arrested in Paris']);
    // Counter-case: two clauses joined by "and" keep the first.
    expect(what('In 2014, sales rose and profits fell.')).toEqual(['sales rose']);
  });
});

describe('findDates: a subject cut never splits a name (session 17)', () => {
  it('keeps the whole name before the verb', () => {
    expect(findDates('On 7 April 2008, New Zealand and China signed the New Zealand–China Free Trade Agreement.', published).map((d) => d.what)).toEqual(['New Zealand and China signed the New Zealand']);
  });
});

describe('findDates: a verb alone with its complement, a participle with its agent (session 17)', () => {
  const what = (sentence: string) => findDates(sentence, new Date('2019-11-19T00:00:00Z')).map((d) => d.what);
  it('keeps the subject, the verb and the phrase after the date', () => {
    expect(what('The Gophers (9-1, 6-1) play Saturday against the Wildcats (2-8, 0-7), with a one-game lead in the West Division on Wisconsin.')).toEqual(['Gophers play against the Wildcats']);
  });
  it('says who did a thing the date dates, named after it', () => {
    expect(what('The Arab League condemned the unilateral move announced on Monday by US Secretary of State Mike Pompeo.')).toEqual(['Mike Pompeo announced unilateral move']);
    expect(what('The report published on Monday by the Brookings Institution found gaps.')).toEqual(['Brookings Institution published report']);
    // Counter-cases: a finite passive, an agent that is no name.
    expect(what('The team was beaten on Saturday by Chelsea.')).toEqual(['team was beaten']);
    expect(what('The bill was passed on Monday by a vote of 50-49.')).toEqual(['bill was passed']);
  });
});

describe('collectDates: a dotted date in a German sentence on a page declared English (session 17)', () => {
  const sheet = (paragraphs: string[]) => extractFacts(`<html lang="en"><head><title>T</title><meta property="article:published_time" content="2018-10-04T00:00:00Z"></head><body><article><h1>T</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`, 'http://example.com/a.html');
  it('tells what happens in German, and in English for an English sentence', () => {
    expect(sheet(['Die TI soll dabei das digitale Kommunikationsnetz bilden. Bis zum 01.01.2019 sollen alle Ärzte, Psychotherapeuten und Krankenhäuser daran angeschlossen werden.']).dates.map((d) => [d.text, d.what])).toEqual([['01.01.2019', 'sollen alle Ärzte']]);
    expect(sheet(['The deadline for all doctors is 01.01.2019, the ministry said.']).dates.map((d) => [d.text, d.what])).toEqual([['01.01.2019', 'deadline for all doctors']]);
  });
});

describe('date what: the subject a relative clause parts from its verb (session 17)', () => {
  const whats = (sentence: string) => findDates(sentence, new Date('2014-12-05T15:00:00Z')).map((d) => d.what);
  it('gives the opening noun phrase to a verb after, or inside, a relative clause set off by commas', () => {
    expect(whats('The celebration, which typically runs five days, began on October 27 this year.')).toEqual(['celebration began']);
    expect(whats('The merger, which was announced in March, will close on July 1.')).toEqual(['merger was announced', 'merger will close']);
    expect(whats('The law, which Congress passed last year, takes effect on January 1.')).toEqual(['law takes effect']);
  });
  it('leaves a clause whose opening is itself a clause ("The new release is version 2.8, which was unveiled on March 2")', () => {
    expect(whats('The new release is version 2.8, which was unveiled on March 2.')[0]).not.toMatch(/release is version/);
  });
});
