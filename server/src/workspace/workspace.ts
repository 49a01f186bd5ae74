import { path } from './paths';
import {
  analyzeDocument, checkGroup, findStories, linkEntities, loadFactBase, LineIndex, Story, type Article, type Claim, type DocumentAnalysis,
  type EventGroup, type FactAnswer, type FactBase, type FactEntity, type FactEvent, type FactRef, type Finding, type IsoDate, type LinkedEntity,
  type PlaceRef, type ReviewRef, type SeverityOverrides, type Comparison, type PlacedClaim, isComparable, isComparedAcrossArticles, quantityKey, withSeverity, DEFAULT_SEVERITY,
} from '../engine';
import { defineEvent, eventKey, groupKeyOf, type EventDefinition } from './grouping';
import { fileNameDate } from './articleDates';
import { analysisFailed, claimsOnly, type Detail } from './analysis';

/** What dates an article that carries no date of its own, and from where. */
interface FallbackDate {
  readonly date?: IsoDate;
  readonly source: 'fact base' | 'file';
}

/** A fact-base `articles` entry, with its path resolved against the fact-base file. */
interface ArticleEntry {
  readonly path: string;
  readonly date?: IsoDate;
  readonly event?: string;
}

/** An article held by the workspace: its text, analysis and event group. */
interface ArticleRecord {
  readonly id: string;
  readonly path: string;
  readonly text: string;
  readonly analysis: DocumentAnalysis;
  /** Whether `analysis` is whole, or only what the rules and other documents' hovers read (`claimsOnly`). */
  readonly full: boolean;
  readonly lines: LineIndex;
  /** The group the article's event or folder gives it (`event:<id>`, `folder:<dir>`). */
  baseKey: string;
  /** The group it is checked in: its base group, or the story of its folder it was found in (`folder:<dir>#<first article>`). */
  groupKey: string;
  /** Entities linked to the fact bases; dropped whenever a fact base changes. */
  linked?: LinkedEntity[];
}

interface FactBaseRecord {
  readonly id: string;
  readonly path: string;
  readonly text: string;
  readonly factBase: FactBase;
  readonly lines: LineIndex;
}

/** Why News Lens holds no analysis of a document; `error` when it is not by design (unreadable, analysis failed). */
export interface Notice {
  readonly reason: string;
  readonly error: boolean;
}

/** A claim of another article about the same quantity, for hovers, with the engine's comparison of the two. */
export interface PeerClaim {
  readonly doc: string;
  readonly label: string;
  readonly claim: Claim;
  readonly articleDate?: IsoDate;
  /** The story's comparison of this claim with the peer: the same answer the rules gave the Problems panel. */
  readonly comparison: Comparison;
}

export interface WorkspaceOptions {
  /** Turns a document id (URI or path) into a file-system path, for globs and folders. */
  readonly toPath: (id: string) => string;
  /** The severities configured for a document (by its path): one set for all, or per workspace folder. */
  readonly severity?: SeverityOverrides | ((docPath: string) => SeverityOverrides);
}

/**
 * The in-memory model of a newsroom workspace: articles and fact bases by id, their analyses,
 * the event groups, and the findings of each group. No I/O: callers feed it text (from disk or
 * from editor buffers). Work is incremental: a changed article re-analyses only itself and
 * re-checks only its group; findings are computed when asked for.
 */
export class Workspace {
  private readonly articles = new Map<string, ArticleRecord>();
  private readonly factBases = new Map<string, FactBaseRecord>();
  private readonly groups = new Map<string, Set<string>>();
  /** Each group's findings, by the document they are placed in. */
  private readonly findingsByGroup = new Map<string, Map<string, Finding[]>>();
  private readonly dirtyGroups = new Set<string>();
  /** Documents whose findings may have changed since `takeChangedDocuments` was last called. */
  private readonly changed = new Set<string>();
  /** Groups whose every member's findings may have changed (kept by group: a folder of 10,000 articles is one entry). */
  private readonly changedGroups = new Set<string>();
  /** A signature of the findings last handed out per document, to hand out only real changes. */
  private readonly delivered = new Map<string, string>();
  private readonly factsByGroup = new Map<string, FactRef[]>();
  private readonly notices = new Map<string, Notice>();
  /** Each group as the rules last saw it: its story answers hovers as it answered the rules. */
  private readonly eventGroups = new Map<string, EventGroup>();
  /** The members of each folder group (`folder:<dir>`), and the folders whose stories must be found again. */
  private readonly folders = new Map<string, Set<string>>();
  private readonly unsettledFolders = new Set<string>();
  /** The shared name of each story found in a folder. */
  private readonly storyNames = new Map<string, string>();
  private events: EventDefinition[] = [];
  private articleEntries = new Map<string, ArticleEntry>();
  private severity: (docPath: string) => SeverityOverrides;

  constructor(private readonly options: WorkspaceOptions) {
    this.severity = severityResolver(options.severity);
  }

  // ---- input -------------------------------------------------------------------------------

  /**
   * Analyses an article (with `detail: 'claims'`, keeps only what other documents need). An
   * exception in the engine leaves the article out with an "analysis failed" notice: one file's
   * failure never takes the others down.
   */
  setArticle(id: string, text: string, detail: Detail = 'full'): DocumentAnalysis | undefined {
    const existing = this.articles.get(id);
    if (existing && existing.text === text && (existing.full || detail === 'claims')) return existing.analysis;
    const analysis = this.tryAnalyze(id, this.options.toPath(id), text);
    return analysis && this.putArticle(id, text, analysis, detail);
  }

  /**
   * Adds an article analysed elsewhere (a worker thread, dated by its file name only). Re-analyses
   * it here in the rare case a fact base dates it otherwise. Returns the analysis as given (or
   * re-dated), before `detail` trims what is kept.
   */
  putArticle(id: string, text: string, analysis: DocumentAnalysis, detail: Detail = 'full'): DocumentAnalysis | undefined {
    const existing = this.articles.get(id);
    if (existing && existing.text === text && (existing.full || detail === 'claims')) return existing.analysis;
    const docPath = this.options.toPath(id);
    if (this.needsRedating(docPath, analysis)) {
      const redated = this.tryAnalyze(id, docPath, text);
      if (!redated) return undefined;
      analysis = redated;
    }
    const baseKey = groupKeyOf(docPath, this.eventOf(docPath, analysis), this.events);
    if (existing) this.unplace(existing);
    if (this.notices.delete(id)) this.changed.add(id);
    const kept = detail === 'claims' ? claimsOnly(analysis) : analysis;
    // Until its folder's stories are found again, an article keeps the story it was in.
    const groupKey = existing && existing.baseKey === baseKey ? existing.groupKey : baseKey;
    const record: ArticleRecord = { id, path: docPath, text, analysis: kept, full: detail === 'full', lines: new LineIndex(text), baseKey, groupKey };
    this.articles.set(id, record);
    this.place(record);
    return analysis;
  }

  /** Leaves a document out, saying why (skipped on purpose, unreadable, analysis failed). */
  skip(id: string, notice: Notice): void {
    this.removeArticle(id);
    this.notices.set(id, notice);
    this.changed.add(id);
  }

  removeArticle(id: string): void {
    if (this.notices.delete(id)) this.changed.add(id);
    const existing = this.articles.get(id);
    if (!existing) return;
    this.unplace(existing);
    this.articles.delete(id);
    this.changed.add(id);
  }

  setFactBase(id: string, text: string): FactBase {
    const existing = this.factBases.get(id);
    if (existing && existing.text === text) return existing.factBase;
    const factBase = loadFactBase(text);
    this.factBases.set(id, { id, path: this.options.toPath(id), text, factBase, lines: new LineIndex(text) });
    this.changed.add(id);
    this.regroup();
    return factBase;
  }

  removeFactBase(id: string): void {
    if (!this.factBases.delete(id)) return;
    this.changed.add(id);
    this.regroup();
  }

  setSeverity(severity: SeverityOverrides | ((docPath: string) => SeverityOverrides)): void {
    this.severity = severityResolver(severity);
    for (const key of this.groups.keys()) this.markDirty(key);
    for (const id of this.factBases.keys()) this.changed.add(id);
  }

  // ---- queries -----------------------------------------------------------------------------

  hasArticle(id: string): boolean {
    return this.articles.has(id);
  }

  isFactBase(id: string): boolean {
    return this.factBases.has(id);
  }

  articleIds(): string[] {
    return [...this.articles.keys()];
  }

  factBaseIds(): string[] {
    return [...this.factBases.keys()];
  }

  analysis(id: string): DocumentAnalysis | undefined {
    return this.articles.get(id)?.analysis;
  }

  text(id: string): string | undefined {
    return this.articles.get(id)?.text ?? this.factBases.get(id)?.text;
  }

  lines(id: string): LineIndex | undefined {
    return this.articles.get(id)?.lines ?? this.factBases.get(id)?.lines;
  }

  factBase(id: string): FactBase | undefined {
    return this.factBases.get(id)?.factBase;
  }

  /** Why a document is not analysed, if it is not. */
  notice(id: string): Notice | undefined {
    return this.notices.get(id);
  }

  /** The documents left out with a notice. */
  noticeIds(): string[] {
    return [...this.notices.keys()];
  }

  label(id: string): string {
    return path.basename(this.options.toPath(id));
  }

  /** The findings to show in one document: its group's findings placed there, or fact-base errors. */
  findingsFor(id: string): Finding[] {
    this.settle();
    const fb = this.factBases.get(id);
    if (fb) return this.factBaseFindings(fb);
    const article = this.articles.get(id);
    if (!article) return [];
    return this.groupFindings(article.groupKey).get(id) ?? [];
  }

  /** Every finding of the workspace, grouped by document. */
  allFindings(): Map<string, Finding[]> {
    this.settle();
    const out = new Map<string, Finding[]>();
    for (const id of this.factBases.keys()) out.set(id, this.findingsFor(id));
    for (const key of this.groups.keys()) {
      for (const [doc, findings] of this.groupFindings(key)) {
        let list = out.get(doc);
        if (!list) out.set(doc, (list = []));
        list.push(...findings);
      }
    }
    return out;
  }

  /**
   * Documents whose findings changed since the last call: re-checks the groups that need it and
   * compares each candidate's findings with what was last handed out, so an edit in a large story
   * re-publishes only the documents it really affects.
   */
  takeChangedDocuments(): string[] {
    this.settle();
    const ids: string[] = [];
    for (const key of this.changedGroups) for (const id of this.groups.get(key) ?? []) this.changed.add(id);
    this.changedGroups.clear();
    for (const id of this.changed) {
      const notice = this.notices.get(id);
      const known = notice !== undefined || this.articles.has(id) || this.factBases.has(id);
      const signature = known ? `${notice ? `${notice.error}|${notice.reason}\n` : ''}${signatureOf(this.findingsFor(id))}` : undefined;
      if (signature === this.delivered.get(id)) continue;
      if (signature === undefined) this.delivered.delete(id);
      else this.delivered.set(id, signature);
      ids.push(id);
    }
    this.changed.clear();
    return ids;
  }

  /** The event an article is grouped under: a fact-base event title, the name its folder's story shares, or its folder. */
  groupLabel(id: string): string | undefined {
    this.settle();
    const key = this.articles.get(id)?.groupKey;
    return key === undefined ? undefined : this.labelOfGroup(key);
  }

  /** How a group is called: its event's title, the name a found story's articles share, or its folder. */
  labelOfGroup(key: string): string {
    const event = this.events.find((e) => eventKey(e) === key);
    if (event) return event.event.title;
    if (key.startsWith('event:')) return key.slice(6);
    const [folder, first] = key.slice(7).split('#');
    const name = this.storyNames.get(key) ?? (first !== undefined ? `the story of ${this.label(first)}` : undefined);
    return name ? `${name} (folder ${path.basename(folder)})` : `folder ${path.basename(folder)}`;
  }

  /** The groups (stories) of the workspace, by key. */
  groupKeys(): string[] {
    this.settle();
    return [...this.groups.keys()];
  }

  /** The articles of a group, in id order. */
  groupMembers(key: string): string[] {
    this.settle();
    return [...(this.groups.get(key) ?? [])].sort();
  }

  /** The group an article is checked in. */
  groupOf(id: string): string | undefined {
    this.settle();
    return this.articles.get(id)?.groupKey;
  }

  /** A group's story, as its rules saw it (built if the group changed since). */
  story(key: string): Story | undefined {
    this.settle();
    if (!this.groups.has(key)) return undefined;
    this.groupFindings(key);
    return Story.of(this.eventGroups.get(key)!);
  }

  /** Claim `index` of article `id`, placed in its article as the rules place it. */
  placed(id: string, index: number): PlacedClaim | undefined {
    const article = this.articles.get(id);
    const claim = article?.analysis.claims[index];
    return article && claim ? { article: this.toArticle(article), claim, index } : undefined;
  }

  /** What the other articles of the group say about the quantity of claim `index` of `id`, as the story compares them. */
  peers(id: string, index: number): PeerClaim[] {
    const here = this.placed(id, index);
    const story = here && isComparedAcrossArticles(here.claim) ? this.story(this.articles.get(id)!.groupKey) : undefined;
    if (!here || !story) return [];
    const out: PeerClaim[] = [];
    for (const there of story.buckets.get(quantityKey(here.claim)) ?? []) {
      if (there.article.doc === id) continue;
      const comparison = story.compare(here, there);
      if (comparison.verdict !== 'not compared') {
        out.push({ doc: there.article.doc, label: there.article.label, claim: there.claim, articleDate: there.article.analysis.meta.date, comparison });
      }
    }
    return out.sort((a, b) => (a.claim.asOf ?? '').localeCompare(b.claim.asOf ?? '') || a.label.localeCompare(b.label));
  }

  /** The fact base's answer for claim `index` of `id`: the fact about its quantity, whether it agrees and whether it settles it. */
  factFor(id: string, index: number): FactAnswer | undefined {
    const here = this.placed(id, index);
    if (!here || !isComparable(here.claim)) return undefined;
    const story = this.story(this.articles.get(id)!.groupKey);
    return story && story.group.facts.length > 0 ? story.factAnswer(here) : undefined;
  }

  /** An article's path on disk (or its id, for other schemes). */
  path(id: string): string | undefined {
    return this.articles.get(id)?.path ?? this.factBases.get(id)?.path;
  }

  /** The article read from `docPath`, if the workspace holds it. */
  idOfPath(docPath: string): string | undefined {
    for (const record of this.articles.values()) if (record.path === docPath) return record.id;
    return undefined;
  }

  /** The fact of a fact base whose entry holds `offset`. */
  factAt(factBaseId: string, offset: number): FactRef | undefined {
    const fb = this.factBases.get(factBaseId);
    const fact = fb?.factBase.facts.find((f) => f.span.start <= offset && offset <= f.span.end);
    return fb && fact ? { doc: fb.id, label: this.label(fb.id), fact } : undefined;
  }

  /** The entity entry of a fact base that holds `offset`. */
  entryAt(factBaseId: string, offset: number): FactEntity | undefined {
    return this.factBases.get(factBaseId)?.factBase.entities.find((e) => e.span.start <= offset && offset <= e.span.end);
  }

  /** Every event the fact bases declare, with the fact base that declares it (the first by id, where two do), in fact-base order. */
  declaredEvents(): Array<{ readonly factBase: string; readonly event: FactEvent }> {
    const seen = new Set<string>();
    const out: Array<{ factBase: string; event: FactEvent }> = [];
    // By id, not by the order indexing read them: the same workspace lists the same events.
    for (const fb of [...this.factBases.values()].sort((a, b) => a.id.localeCompare(b.id))) {
      for (const event of fb.factBase.events) if (!seen.has(event.id) && seen.add(event.id)) out.push({ factBase: fb.id, event });
    }
    return out;
  }

  /** The claims of a fact's story that the fact is about, with the fact base's answer for each and whether the desk reviewed it, in article order. */
  claimsOfFact(ref: FactRef): Array<{ readonly placed: PlacedClaim; readonly answer: FactAnswer; readonly reviewed: boolean }> {
    const story = ref.fact.event === undefined ? undefined : this.story(`event:${ref.fact.event}`);
    const out: Array<{ placed: PlacedClaim; answer: FactAnswer; reviewed: boolean }> = [];
    for (const bucket of story?.factClaims.values() ?? []) {
      for (const placed of bucket) {
        const answer = story!.factAnswer(placed);
        if (answer?.ref.fact === ref.fact && answer.ref.doc === ref.doc) out.push({ placed, answer, reviewed: story!.reviewOfFact(placed, answer.ref) !== undefined });
      }
    }
    return out.sort((a, b) => a.placed.article.doc.localeCompare(b.placed.article.doc) || a.placed.claim.figure.start - b.placed.claim.figure.start);
  }

  /** Every mention across the workspace of a fact-base entry (by its names), or of a name no entry has (by its key). */
  mentions(target: { readonly entry: FactEntity } | { readonly key: string }): Array<{ readonly doc: string; readonly entity: LinkedEntity['entity'] }> {
    const out: Array<{ doc: string; entity: LinkedEntity['entity'] }> = [];
    for (const id of [...this.articles.keys()].sort()) {
      for (const linked of this.entities(id)) {
        const hit = 'entry' in target ? linked.entry === target.entry : !linked.entry && linked.entity.key === target.key;
        if (hit) out.push({ doc: id, entity: linked.entity });
      }
    }
    return out;
  }

  /**
   * Where the desk records what it learns about an article's story: the fact base declaring its
   * event, else the nearest fact base in its folder or above, else a new one to create in its
   * folder (`create`: its path). `event` is the story's event where a fact base declares it.
   */
  factBaseFor(id: string): { readonly factBase: string; readonly event?: string } | { readonly create: string } | undefined {
    this.settle();
    const record = this.articles.get(id);
    if (!record) return undefined;
    const declared = record.groupKey.startsWith('event:') ? this.declaredEvents().find((e) => `event:${e.event.id}` === record.groupKey) : undefined;
    if (declared) return { factBase: declared.factBase, event: declared.event.id };
    let nearest: FactBaseRecord | undefined;
    for (const fb of this.factBases.values()) {
      const dir = path.dirname(fb.path);
      const rel = path.relative(dir, record.path);
      if (!rel.startsWith('..') && !path.isAbsolute(rel) && (!nearest || dir.length > path.dirname(nearest.path).length)) nearest = fb;
    }
    if (nearest) return { factBase: nearest.id };
    const dir = path.dirname(record.path);
    return { create: path.join(dir, `${path.basename(dir)}.facts.yaml`) };
  }

  /** Whether an article names its event itself (front matter `event:`): only its text can move it to another story. */
  namesOwnEvent(id: string): boolean {
    return this.articles.get(id)?.analysis.meta.event !== undefined;
  }

  /** The article's entities, linked to fact-base entries. */
  entities(id: string): LinkedEntity[] {
    const article = this.articles.get(id);
    if (!article) return [];
    article.linked ??= linkEntities(article.text, article.analysis.entities, this.factEntities());
    return article.linked;
  }

  /** Where an entry sits: its fact-base file. */
  factEntityLocation(entry: FactEntity): string | undefined {
    for (const fb of this.factBases.values()) if (fb.factBase.entities.includes(entry)) return fb.id;
    return undefined;
  }

  // ---- internals ---------------------------------------------------------------------------

  private factEntities(): FactEntity[] {
    const out: FactEntity[] = [];
    for (const fb of this.factBases.values()) out.push(...fb.factBase.entities);
    return out;
  }

  private factsOf(groupKey: string): FactRef[] {
    const cached = this.factsByGroup.get(groupKey);
    if (cached) return cached;
    const out: FactRef[] = [];
    for (const fb of this.factBases.values()) {
      const onlyEvent = fb.factBase.events.length === 1 ? fb.factBase.events[0].id : undefined;
      for (const fact of fb.factBase.facts) {
        const eventId = fact.event ?? onlyEvent;
        if (eventId !== undefined && `event:${eventId}` === groupKey) out.push({ doc: fb.id, label: this.label(fb.id), fact });
      }
    }
    this.factsByGroup.set(groupKey, out);
    return out;
  }

  private toArticle(record: ArticleRecord): Article {
    return { doc: record.id, label: this.label(record.id), analysis: record.analysis };
  }

  /** A group's findings by document, re-checked when the group changed (looked up per document: a large folder stays linear). */
  private groupFindings(key: string): Map<string, Finding[]> {
    let byDoc = this.findingsByGroup.get(key);
    if (this.dirtyGroups.has(key) || !byDoc) {
      const ids = this.groups.get(key) ?? new Set<string>();
      // In id order, not arrival order: worker threads deliver articles in any order.
      const records = [...ids].sort().map((id) => this.articles.get(id)!);
      const group: EventGroup = {
        id: key,
        articles: records.map((r) => this.toArticle(r)),
        facts: this.factsOf(key),
        reviews: this.reviewsOf(key, records),
      };
      this.eventGroups.set(key, group);
      byDoc = new Map();
      for (const found of ids.size === 0 ? [] : checkGroup(group)) {
        const f = withSeverity(found, this.severity(this.options.toPath(found.doc)));
        if (!f) continue;
        let list = byDoc.get(f.doc);
        if (!list) byDoc.set(f.doc, (list = []));
        list.push(f);
      }
      this.findingsByGroup.set(key, byDoc);
      this.dirtyGroups.delete(key);
    }
    return byDoc;
  }

  /**
   * The fact bases' reviews that name a figure of the group's articles or a fact of the group, with
   * their places resolved: article paths are relative to the fact-base file.
   */
  private reviewsOf(key: string, records: readonly ArticleRecord[]): ReviewRef[] {
    const byPath = new Map(records.map((r) => [r.path, r.id]));
    const facts = new Set(this.factsOf(key).map((f) => `${f.doc}\u0000${f.fact.id}`));
    const out: ReviewRef[] = [];
    for (const fb of this.factBases.values()) {
      for (const review of fb.factBase.reviewed) {
        const places = review.places.map((p): PlaceRef => 'fact' in p
          ? { factBase: fb.id, fact: p.fact }
          : { doc: byPath.get(path.resolve(path.dirname(fb.path), p.article)) ?? `${fb.path}:${p.article}`, figure: p.figure }) as [PlaceRef, PlaceRef];
        const inGroup = places.some((p) => ('fact' in p ? facts.has(`${p.factBase}\u0000${p.fact}`) : this.articles.get(p.doc)?.groupKey === key));
        if (inGroup) out.push({ doc: fb.id, review, places });
      }
    }
    return out;
  }


  private factBaseFindings(fb: FactBaseRecord): Finding[] {
    const configured = this.severity(fb.path)['fact-base-error'];
    if (configured === 'off') return [];
    return fb.factBase.problems.map((p) => ({
      doc: fb.id, start: p.start, end: p.end, code: 'fact-base-error' as const,
      severity: configured ?? (p.severity === 'warning' ? 'warning' : DEFAULT_SEVERITY['fact-base-error']),
      message: p.message, related: [],
    }));
  }

  private joinGroup(id: string, key: string): void {
    let members = this.groups.get(key);
    if (!members) this.groups.set(key, (members = new Set()));
    members.add(id);
    this.markDirty(key);
  }

  private leaveGroup(id: string, key: string): void {
    const members = this.groups.get(key);
    if (!members) return;
    members.delete(id);
    this.markDirty(key);
    if (members.size === 0) {
      this.groups.delete(key);
      this.findingsByGroup.delete(key);
      this.eventGroups.delete(key);
      this.dirtyGroups.delete(key);
    }
  }

  /** A group must be re-checked; every member's findings may change. */
  private markDirty(key: string): void {
    this.dirtyGroups.add(key);
    this.changedGroups.add(key);
  }

  /** Files an article in its group, and in its folder's members when nothing assigns it to an event. */
  private place(record: ArticleRecord): void {
    this.joinGroup(record.id, record.groupKey);
    if (!isFolderKey(record.baseKey)) return;
    let members = this.folders.get(record.baseKey);
    if (!members) this.folders.set(record.baseKey, (members = new Set()));
    members.add(record.id);
    this.unsettledFolders.add(record.baseKey);
  }

  private unplace(record: ArticleRecord): void {
    this.leaveGroup(record.id, record.groupKey);
    if (!isFolderKey(record.baseKey)) return;
    const members = this.folders.get(record.baseKey);
    members?.delete(record.id);
    if (members?.size === 0) this.folders.delete(record.baseKey);
    this.unsettledFolders.add(record.baseKey);
  }

  /**
   * Finds the stories of the folders whose articles changed (`findStories`): a folder is one story
   * unless it reads as a day's copy of several. Done when asked, not on every article read: a folder
   * of thousands read one article at a time is grouped once.
   */
  private settle(): void {
    if (this.unsettledFolders.size === 0) return;
    for (const folderKey of [...this.unsettledFolders].sort()) {
      this.unsettledFolders.delete(folderKey);
      const ids = [...(this.folders.get(folderKey) ?? [])].sort();
      for (const key of this.storyNames.keys()) if (key.startsWith(`${folderKey}#`)) this.storyNames.delete(key);
      const stories = findStories(ids.map((id) => ({ doc: id, analysis: this.articles.get(id)!.analysis })));
      for (const story of stories) {
        const key = stories.length === 1 ? folderKey : `${folderKey}#${story.docs[0]}`;
        if (story.name && stories.length > 1) this.storyNames.set(key, story.name);
        for (const id of story.docs) {
          const record = this.articles.get(id)!;
          if (record.groupKey === key) continue;
          this.leaveGroup(id, record.groupKey);
          record.groupKey = key;
          this.joinGroup(id, key);
        }
      }
    }
  }

  /** Fact bases define events and facts: re-assign every article and re-check every group. */
  private regroup(): void {
    this.factsByGroup.clear();
    this.events = [];
    this.articleEntries = new Map();
    for (const fb of this.factBases.values()) {
      for (const event of fb.factBase.events) this.events.push(defineEvent(fb.path, event));
      for (const a of fb.factBase.articles) {
        const resolved = path.resolve(path.dirname(fb.path), a.path);
        if (!this.articleEntries.has(resolved)) this.articleEntries.set(resolved, { path: resolved, date: a.date, event: a.event });
      }
    }
    for (const key of this.groups.keys()) this.markDirty(key);
    for (const record of [...this.articles.values()]) {
      if (this.needsRedating(record.path, record.analysis)) {
        this.unplace(record);
        this.articles.delete(record.id);
        this.setArticle(record.id, record.text, record.full ? 'full' : 'claims');
        continue;
      }
      record.linked = undefined;
      const key = groupKeyOf(record.path, this.eventOf(record.path, record.analysis), this.events);
      if (key !== record.baseKey) {
        this.unplace(record);
        record.baseKey = key;
        record.groupKey = key;
        this.place(record);
      }
    }
  }

  /** Article date sources in order: the text itself, the fact base's `articles` entry, the file name. */
  private fallbackDate(docPath: string): FallbackDate {
    const entry = this.articleEntries.get(docPath);
    return entry?.date ? { date: entry.date, source: 'fact base' } : { date: fileNameDate(docPath), source: 'file' };
  }

  /** The analysis of `text`, or undefined with an "analysis failed" notice for `id` when the engine throws. */
  private tryAnalyze(id: string, docPath: string, text: string): DocumentAnalysis | undefined {
    const fallback = this.fallbackDate(docPath);
    try {
      return analyzeDocument(text, { fallbackDate: fallback.date, fallbackDateSource: fallback.source });
    } catch (err) {
      this.skip(id, { reason: analysisFailed(err), error: true });
      return undefined;
    }
  }

  /** An article without a date of its own whose fallback date changed (a fact base dates it now). */
  private needsRedating(docPath: string, analysis: DocumentAnalysis): boolean {
    const source = analysis.meta.dateSource;
    if (source === 'front matter' || source === 'dateline') return false;
    return this.fallbackDate(docPath).date !== analysis.meta.date;
  }

  /** The event an article names itself, or the one the fact base's `articles` list gives it. */
  private eventOf(docPath: string, analysis: DocumentAnalysis): string | undefined {
    return analysis.meta.event ?? this.articleEntries.get(docPath)?.event;
  }
}

function severityResolver(severity: WorkspaceOptions['severity']): (docPath: string) => SeverityOverrides {
  return typeof severity === 'function' ? severity : () => severity ?? {};
}

function isFolderKey(key: string): boolean {
  return key.startsWith('folder:');
}

/** What a document's findings look like to a reader: enough to tell whether to re-publish them. */
function signatureOf(findings: readonly Finding[]): string {
  let sig = '';
  for (const f of findings) {
    sig += `${f.code}|${f.severity}|${f.start}|${f.end}|${f.message}`;
    for (const r of f.related) sig += `|${r.doc}@${r.start}-${r.end}:${r.message}`;
    sig += '\n';
  }
  return sig;
}
