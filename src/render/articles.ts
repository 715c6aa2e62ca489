import type { ArticlesPage } from '../answer/articles.ts';
import type { MessagePayload } from './payload.ts';
import { buildEmbed, buildPayload } from './embed.ts';
import { formatDate } from './dates.ts';
import { LIMITS } from './limits.ts';
import { fitLines, fitText } from './text.ts';

/** /articles: one line per article (headline, date, id), a page at a time. */
export function renderArticles(page: ArticlesPage): MessagePayload {
  const perLine = Math.floor(LIMITS.description / Math.max(1, page.items.length)) - 4;
  const lines = page.items.map((item) =>
    fitText(`**${item.headline}** — ${formatDate(item.date)} — \`${item.id}\``, perLine, '…'),
  );
  const description = lines.length
    ? fitLines(lines, LIMITS.description)
    : 'The library is empty: add an article model to data/articles/.';
  const more = page.page < page.pageCount ? ` · next: /articles page:${page.page + 1}` : '';
  return buildPayload({
    embeds: [
      buildEmbed({
        title: `Articles (${page.total})`,
        description,
        footer: `page ${page.page}/${page.pageCount}${more} · pass an id to any article option`,
      }),
    ],
  });
}
