// Reads an iCalendar on standard input with ical.js and prints what a calendar app would take from it, as JSON.
import ICAL from './ical.js';
import { readFileSync } from 'node:fs';

const text = readFileSync(0, 'utf8');
const calendar = new ICAL.Component(ICAL.parse(text));
for (const zone of calendar.getAllSubcomponents('vtimezone')) {
  ICAL.TimezoneService.register(zone);
}
const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
  const event = new ICAL.Event(vevent);
  return {
    uid: event.uid,
    sequence: event.sequence,
    status: vevent.getFirstPropertyValue('status'),
    summary: event.summary,
    location: event.location,
    description: event.description,
    tzid: event.startDate.timezone,
    start: event.startDate.toJSDate().toISOString(),
    end: event.endDate.toJSDate().toISOString(),
  };
});
console.log(JSON.stringify({ name: calendar.getFirstPropertyValue('x-wr-calname'), events }));
