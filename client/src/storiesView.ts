import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
  MOVE_ARTICLE_COMMAND, OPEN_LOCATION_COMMAND, STORIES_REQUEST, type ArticleInfo, type DeskEditResult, type PlaceInfo, type QuantityInfo,
  type StoryInfo,
} from '../../server/src/protocol';
import { plural } from './plural';

/** The view's id (package.json `views`) and its commands. */
export const STORIES_VIEW = 'newslens.stories';
export const MOVE_ARTICLE_CLIENT_COMMAND = 'newslens.moveArticle';
export const REFRESH_STORIES_COMMAND = 'newslens.refreshStories';

/** How long the view waits for more changes before it asks the server again. */
const REFRESH_DELAY_MS = 250;

/** A row of the tree: a story, one of its articles, a disputed quantity, or one report of it. */
export type StoryNode =
  | { readonly kind: 'story'; readonly story: StoryInfo }
  | { readonly kind: 'article'; readonly story: StoryInfo; readonly article: ArticleInfo }
  | { readonly kind: 'quantity'; readonly story: StoryInfo; readonly quantity: QuantityInfo }
  | { readonly kind: 'report'; readonly report: QuantityInfo['reports'][number] };

/**
 * "News Lens: Stories": each story of the workspace, its articles by date and the quantities its
 * reports dispute, with their timelines. The server computes it all (`newslens/stories`); this only
 * shows it, asks again when the server says the stories changed, and sends a move to the server.
 */
export class StoriesView implements vscode.TreeDataProvider<StoryNode> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private pending: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly client: () => BaseLanguageClient | undefined) {}

  /** Asks the server again, once for a burst of changes (the server says so after each edit's findings). */
  refresh(): void {
    clearTimeout(this.pending);
    this.pending = setTimeout(() => this.changed.fire(), REFRESH_DELAY_MS);
  }

  async getChildren(node?: StoryNode): Promise<StoryNode[]> {
    if (!node) {
      const c = this.client();
      if (!c?.isRunning()) return [];
      const stories = await c.sendRequest<StoryInfo[]>(STORIES_REQUEST, null);
      return stories.map((story) => ({ kind: 'story', story }));
    }
    switch (node.kind) {
      case 'story': return [
        ...node.story.articles.map((article): StoryNode => ({ kind: 'article', story: node.story, article })),
        ...node.story.quantities.map((quantity): StoryNode => ({ kind: 'quantity', story: node.story, quantity })),
      ];
      case 'quantity': return node.quantity.reports.map((report): StoryNode => ({ kind: 'report', report }));
      default: return [];
    }
  }

  getTreeItem(node: StoryNode): vscode.TreeItem {
    switch (node.kind) {
      case 'story': {
        const { story } = node;
        const item = new vscode.TreeItem(story.label, vscode.TreeItemCollapsibleState.Expanded);
        item.id = `story:${story.id}`;
        const disputed = story.quantities.length;
        item.description = `${plural(story.articles.length, 'article')}${disputed > 0 ? ` · ${disputed} disputed` : ''}`;
        item.tooltip = { event: 'an event of the fact base', folder: 'the articles of a folder', found: 'articles of a day\'s folder that share names' }[story.source];
        item.iconPath = new vscode.ThemeIcon(disputed > 0 ? 'warning' : 'book');
        item.contextValue = 'story';
        return item;
      }
      case 'article': {
        const { article } = node;
        const item = new vscode.TreeItem(article.title ?? article.label, vscode.TreeItemCollapsibleState.None);
        item.id = `article:${node.story.id}:${article.uri}`;
        item.description = [article.date, article.title ? article.label : undefined].filter(Boolean).join(' · ');
        item.resourceUri = vscode.Uri.parse(article.uri);
        item.iconPath = vscode.ThemeIcon.File;
        item.command = open(article, 'Open the article');
        // An article whose front matter names its event cannot be moved from here.
        item.contextValue = article.fixedEvent ? 'article.fixed' : 'article';
        return item;
      }
      case 'quantity': {
        const { quantity } = node;
        const item = new vscode.TreeItem(quantity.label, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `quantity:${node.story.id}:${quantity.label}`;
        item.description = quantity.timeline;
        item.tooltip = `${quantity.timeline}\n${quantity.why}`;
        item.iconPath = new vscode.ThemeIcon('diff');
        item.contextValue = 'quantity';
        return item;
      }
      case 'report': {
        const { report } = node;
        const item = new vscode.TreeItem(`“${report.figure}”`, vscode.TreeItemCollapsibleState.None);
        item.description = [report.article, report.day].filter(Boolean).join(' · ');
        item.command = open(report, 'Open the article at its figure');
        item.iconPath = new vscode.ThemeIcon('symbol-number');
        return item;
      }
    }
  }

  /**
   * Moves an article to another story the fact bases declare: `target` is the event id, or the user
   * picks one. The server edits the fact base (as an unsaved, versioned edit) and says whether it did.
   */
  async moveArticle(node: StoryNode | undefined, target?: string): Promise<DeskEditResult | undefined> {
    const c = this.client();
    if (node?.kind !== 'article' || !c) return undefined;
    const stories = await c.sendRequest<StoryInfo[]>(STORIES_REQUEST, null);
    const events = stories.flatMap((s) => (s.event && s.id !== node.story.id ? [{ story: s, event: s.event }] : []));
    const chosen = target !== undefined
      ? events.find((e) => e.event.id === target)
      : (await vscode.window.showQuickPick(events.map((e) => ({ label: e.story.label, description: e.event.id, e })), {
        title: `Move ${node.article.label} to another story`, placeHolder: 'A story of the fact base',
      }))?.e;
    if (!chosen) return undefined;
    return vscode.commands.executeCommand<DeskEditResult>(MOVE_ARTICLE_COMMAND, { article: node.article.uri, event: chosen.event.id, factBase: chosen.event.factBase });
  }
}

function open(place: PlaceInfo, title: string): vscode.Command {
  return { title, command: OPEN_LOCATION_COMMAND, arguments: [place.uri, place.line, place.character] };
}
