import { story, type StoryFixture } from './feed-server.ts';

/** Invented stories for the feed tests: a few paragraphs each, enough for summaries and cited answers. */
export const BRIDGE = story('harbor-bridge', 'Riverton opens its new harbor bridge', '2026-11-30T09:00:00Z', [
  'The city of Riverton opened its new harbor bridge on Monday after four years of construction.',
  'Mayor Ellen Ward cut the ribbon in front of about 2,000 residents. The bridge cost 310 million dollars and carries four lanes of traffic.',
  'Engineers from Northline Construction said the span is designed to withstand strong earthquakes.',
  'Traffic on the old ferry route is expected to fall by half, the transport office said.',
]);

export const LIBRARY = story(
  'library-reopens',
  'Central library reopens after repairs',
  '2026-11-29T08:00:00Z',
  [
    'The central library in Riverton reopened on Sunday after a year of roof repairs.',
    'Visitors can borrow books again from 9 a.m., and the reading room has 120 new seats.',
  ],
);

export const MARKET = story(
  'farmers-market',
  'Farmers market moves to the old station',
  '2026-11-28T07:00:00Z',
  [
    'The weekly farmers market will move to the old railway station square in December.',
    'Organisers said the new site has room for 80 stalls, twice as many as before.',
  ],
);

export const ORCHESTRA = story(
  'orchestra-tour',
  'City orchestra announces a spring tour',
  '2026-12-01T10:00:00Z',
  [
    'The Riverton city orchestra will tour six countries next spring, its director Paul Mendes said on Tuesday.',
    'The tour starts in Lisbon in March and ends in Oslo in May. Tickets go on sale in January.',
    'The orchestra last toured abroad in 2019.',
  ],
);

export const FOOTBALL = story(
  'football-final',
  'Riverton wins the regional football final',
  '2026-12-01T11:00:00Z',
  [
    'Riverton United won the regional football final 2-1 on Tuesday evening.',
    'Striker Ana Costa scored both goals in the second half.',
  ],
);

export const PING = story(
  'ping-test',
  'Breaking: @everyone look <@123456789012345678> now',
  '2026-12-01T12:00:00Z',
  ['A feed that writes @everyone and <@&123456789012345678> in its text must not ping anyone.'],
);

export const baseStories = (): StoryFixture[] => [BRIDGE, LIBRARY, MARKET];
