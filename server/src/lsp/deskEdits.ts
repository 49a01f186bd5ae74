import { path } from '../workspace/paths';
import type { Connection, TextDocuments, WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  addFact, addReview, assignArticle, factFromClaim, FactBaseEditError, freshFactId, itemAt, LineIndex,
  type FactBaseEdit, type NewEvent, type ReviewPlace,
} from '../engine';
import type { Workspace } from '../workspace/workspace';
import { toOffset, toRange } from './positions';
import type { Platform } from './platform';
import type { DeskEditResult, FigureRef, MarkReviewedArgs, MoveArticleArgs } from '../protocol';

/** How long to wait for the editor to open a fact base we asked it to show, before editing it. */
const OPEN_TIMEOUT_MS = 3000;

/** What the client can do for an edit of the fact base. */
export interface EditOffers {
  /** `window/showDocument`: the fact base is opened (so the edit is versioned against the editor's buffer) and the new entry shown. */
  readonly showDocument: boolean;
}

/**
 * The desk's edits of a fact base (add a fact, mark a difference reviewed, move an article to
 * another story): computed by the engine, sent as a versioned `workspace/applyEdit` against the
 * fact base the editor holds, and shown for review. Nothing is written to disk: the edit lands in
 * the editor's buffer, and the desk saves it. An edit made against a document that changed since
 * fails, and says so.
 */
export class DeskEdits {
  constructor(
    private readonly connection: Connection,
    private readonly workspace: Workspace,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly offers: () => EditOffers,
    /** The files, read where the server runs: the disk on Node, the editor's file system in a browser. */
    private readonly platform: Pick<Platform, 'toPath' | 'readText'>,
  ) {}

  /** Adds the figure at `ref` to its story's fact base as a `reported` fact, and shows its value. */
  async addFact(ref: FigureRef): Promise<DeskEditResult> {
    const here = this.figureAt(ref);
    if ('reason' in here) return this.refuse(here.reason);
    const target = this.workspace.factBaseFor(ref.uri);
    if (!target) return this.refuse('the article is not part of the workspace');
    const meta = this.workspace.analysis(ref.uri)!.meta;
    const source = { title: meta.title ?? this.workspace.label(ref.uri), date: meta.date };
    const targetUri = this.targetUri(target, ref.uri);
    return this.editFactBase(targetUri, `Add “${ref.figure}” to the fact base`, (text) => {
      const fact = factFromClaim(here.placed, source, text);
      if (!fact) throw new FactBaseEditError(`“${ref.figure}” states no number a fact can hold`);
      const declared = 'event' in target ? target.event : undefined;
      const events = this.workspace.factBase(targetUri)?.events ?? [];
      if (declared) return addFact(text, events.length > 1 ? { ...fact, event: declared } : fact);
      // A story no fact base declares becomes an event of this one, with its articles.
      const event = this.newEvent(ref.uri, targetUri, text);
      return addFact(text, events.length > 0 ? { ...fact, event: event.id } : fact, event);
    });
  }

  /** Records the difference between two places as reviewed, in the fact base of the first place's story; shows its note. */
  async markReviewed(args: MarkReviewedArgs): Promise<DeskEditResult> {
    const here = this.figureAt(args.here);
    if ('reason' in here) return this.refuse(here.reason);
    const other = 'fact' in args.other ? args.other : this.figureAt(args.other);
    if ('reason' in other) return this.refuse(other.reason);
    const target = this.workspace.factBaseFor(args.here.uri);
    if (!target) return this.refuse('the article is not part of the workspace');
    const targetUri = this.targetUri(target, args.here.uri);
    const place = (p: FigureRef | { factBase: string; fact: string }): ReviewPlace => ('fact' in p
      ? { fact: p.fact }
      : { article: this.relative(targetUri, p.uri), figure: p.figure });
    if ('fact' in args.other && args.other.factBase !== targetUri) return this.refuse('the fact is in another fact base than the article\'s story');
    const describe = (p: FigureRef | { factBase: string; fact: string }) => ('fact' in p ? `the fact base's “${p.fact}”` : `“${p.figure}” in ${this.workspace.label(p.uri)}`);
    const note = `Known difference (${args.code}): ${describe(args.here)} and ${describe(args.other)}. Say why it stands.`;
    return this.editFactBase(targetUri, 'Mark the difference as reviewed', (text) =>
      addReview(text, { places: [place(args.here), place(args.other)], note, date: today() }));
  }

  /** Moves an article to the story of event `args.event`: its entry in that fact base's `articles`. */
  async moveArticle(args: MoveArticleArgs): Promise<DeskEditResult> {
    if (!this.workspace.hasArticle(args.article)) return this.refuse('the article is not part of the workspace');
    if (this.workspace.namesOwnEvent(args.article)) return this.refuse('the article names its event in its own front matter (`event:`): change it there');
    if (!this.workspace.declaredEvents().some((e) => e.event.id === args.event && e.factBase === args.factBase)) {
      return this.refuse(`no fact base declares the event “${args.event}”`);
    }
    return this.editFactBase(args.factBase, 'Move the article to another story', (text) =>
      assignArticle(text, this.relative(args.factBase, args.article), args.event));
  }

  /** The claim whose figure is at `ref`, if the document is still as it was when the action was offered. */
  private figureAt(ref: FigureRef): { placed: NonNullable<ReturnType<Workspace['placed']>> } | { reason: string } {
    const open = this.documents.get(ref.uri);
    if (open && ref.version !== null && open.version !== ref.version) return { reason: `${this.workspace.label(ref.uri)} changed since; try again` };
    const analysis = this.workspace.analysis(ref.uri);
    const lines = this.workspace.lines(ref.uri);
    if (!analysis || !lines) return { reason: `${this.workspace.label(ref.uri)} is not analysed` };
    const offset = toOffset(lines, ref);
    const figure = itemAt(analysis.claims.map((c) => c.figure), offset);
    const index = figure ? analysis.claims.findIndex((c) => c.figure === figure) : -1;
    if (index < 0 || figure!.text !== ref.figure) return { reason: `“${ref.figure}” is no longer at that place in ${this.workspace.label(ref.uri)}` };
    return { placed: this.workspace.placed(ref.uri, index)! };
  }

  /** A new event for the story of article `uri`: its title, and its articles relative to the fact base. */
  private newEvent(uri: string, factBaseUri: string, text: string): NewEvent {
    const group = this.workspace.groupOf(uri)!;
    const title = this.workspace.labelOfGroup(group);
    const documents = this.workspace.groupMembers(group).map((id) => this.relative(factBaseUri, id));
    return { id: freshFactId(text, title), title, documents };
  }

  /**
   * Applies `make`'s edit to the fact base `uri` as the editor holds it, then shows the entry. The
   * fact base is opened first where the client can show documents, so that the edit carries the
   * version of the buffer it was made against; otherwise (or for a fact base to create) it is made
   * against the file as read now.
   */
  private async editFactBase(uri: string, label: string, make: (text: string) => FactBaseEdit): Promise<DeskEditResult> {
    const onFile = this.documents.get(uri) ? undefined : await this.platform.readText(uri);
    const exists = this.documents.get(uri) !== undefined || onFile !== undefined;
    const current = exists ? await this.openForEdit(uri, onFile) : { text: '', version: null };
    let edit: FactBaseEdit;
    try {
      edit = make(current.text);
    } catch (err) {
      if (err instanceof FactBaseEditError) return this.refuse(err.message);
      throw err;
    }
    const lines = new LineIndex(current.text);
    const workspaceEdit: WorkspaceEdit = {
      documentChanges: [
        ...(exists ? [] : [{ kind: 'create' as const, uri, options: { ignoreIfExists: true } }]),
        { textDocument: { uri, version: current.version }, edits: [{ range: toRange(lines, edit.change), newText: edit.change.newText }] },
      ],
    };
    const result = await this.connection.workspace.applyEdit({ label: `News Lens: ${label}`, edit: workspaceEdit });
    if (!result.applied) return this.refuse(`the fact base was not changed (${result.failureReason ?? 'it changed meanwhile; try again'})`);
    if (this.offers().showDocument) {
      await this.connection.window.showDocument({ uri, takeFocus: true, selection: toRange(new LineIndex(edit.text), edit.focus) }).catch(() => undefined);
    }
    return { applied: true, uri };
  }

  /** The fact base's text and version as the editor holds it, opened there first where the client can; else `onFile`, as read. */
  private async openForEdit(uri: string, onFile: string | undefined): Promise<{ text: string; version: number | null }> {
    if (!this.documents.get(uri) && this.offers().showDocument) {
      await this.connection.window.showDocument({ uri, takeFocus: false }).catch(() => undefined);
      const deadline = Date.now() + OPEN_TIMEOUT_MS;
      while (!this.documents.get(uri) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    }
    const open = this.documents.get(uri);
    if (open) return { text: open.getText(), version: open.version };
    if (onFile === undefined) throw new Error(`${this.workspace.label(uri)} could not be read`);
    return { text: onFile, version: null };
  }

  /**
   * The URI of the fact base an article's edit goes to. One to create is named by its path, in the
   * article's folder: its URI is the article's with that file name, so it keeps the article's scheme
   * (`file:` on the desktop; `vscode-remote:`, `vscode-vfs:` in a browser, where paths are no URIs).
   */
  private targetUri(target: { readonly factBase: string } | { readonly create: string }, article: string): string {
    return 'create' in target ? new URL(encodeURIComponent(path.basename(target.create)), article).href : target.factBase;
  }

  /** `target`'s path relative to the fact base's folder, with `/`. */
  private relative(factBaseUri: string, target: string): string {
    const { toPath } = this.platform;
    return path.relative(path.dirname(toPath(factBaseUri)), toPath(target)).split(path.sep).join('/');
  }

  private refuse(reason: string): DeskEditResult {
    void this.connection.window.showWarningMessage(`News Lens: ${reason}.`);
    return { applied: false, reason };
  }
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}
