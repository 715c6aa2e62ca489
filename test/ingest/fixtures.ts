/** Articles written for these tests (not from any corpus): wire style, with the quirks ingest must handle. */
export const WIRE_TEXT = `Harbor council approves new ferry terminal
date 2024-03-12
HALIFAX, March 12 (Reuters) - The Halifax Regional Council on Tuesday approved a $48.5 million ferry terminal on the city's waterfront, ending a two-year dispute over its design.

Mayor Janet Okoro said the vote was "a turning point for the harbor." Construction will begin in May and is expected to take 26 months.

"We listened to every objection. This design answers most of them," said Okoro, who has led the council since 2021.

Paul Reyes, director of the Waterfront Heritage Society, said his group would not appeal. According to the society, about 1,200 residents signed a petition against the first design in 2022.

The terminal will handle about 3,500 passengers a day, the council said.
`;

export const PLAIN_TEXT = `The river authority closed the old dam on Friday after engineers found cracks in its base, officials said.

Engineer Sofia Lindqvist, head of the inspection team, said the cracks were about 40 centimeters deep. "We had no choice but to close it," Lindqvist said.

Repairs are expected to cost $3.2 million and take four months, the authority said in a statement.
`;

export const ARTICLE_HTML = `<!doctype html><html><head><title>Dam closed | River News</title>
<meta property="og:title" content="Old dam closed after engineers find cracks">
<meta property="article:published_time" content="2024-06-07T08:00:00Z">
<meta property="og:site_name" content="River News"><meta name="author" content="Ana Berg"></head>
<body><header><nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav></header>
<article><h1>Old dam closed after engineers find cracks</h1>
${PLAIN_TEXT.trim()
  .split('\n\n')
  .map((p) => `<p>${p.replace(/"/g, '&quot;')}</p>`)
  .join('\n')}
</article><aside>Most read: weather, traffic</aside><footer>© River News</footer></body></html>`;
