import { path } from './paths';
import {
  analyzeDocument, checkGroup, linkEntities, loadFactBase, LineIndex, type Article, type Claim, type DocumentAnalysis,
  type EventGroup, type FactBase, type FactEntity, type FactRef, type Finding, type IsoDate, type LinkedEntity,
  type SeverityOverrides, type Comparison, type PlacedClaim, compareClaims, factMatchesClaim, isComparable, isComparedAcrossArticles, quantityKey, withSeverity,
  DEFAULT_SEVERITY,
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
  /** `compareClaims(this claim, the peer)`: the same answer the rules gave the Problems panel. */
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
  private readonly peersByGroup = new Map<string, Map<string, PlacedClaim[]>>();
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
    const groupKey = groupKeyOf(docPath, this.eventOf(docPath, analysis), this.events);
    if (existing) this.leaveGroup(id, existing.groupKey);
    if (this.notices.delete(id)) this.changed.add(id);
    const kept = detail === 'claims' ? claimsOnly(analysis) : analysis;
    this.articles.set(id, { id, path: docPath, text, analysis: kept, full: detail === 'full', lines: new LineIndex(text), groupKey });
    this.joinGroup(id, groupKey);
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
    this.leaveGroup(id, existing.groupKey);
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
    const fb = this.factBases.get(id);
    if (fb) return this.factBaseFindings(fb);
    const article = this.articles.get(id);
    if (!article) return [];
    return this.groupFindings(article.groupKey).get(id) ?? [];
  }

  /** Every finding of the workspace, grouped by document. */
  allFindings(): Map<string, Finding[]> {
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

  /** The event an article is grouped under: a fact-base event title, or its folder. */
  groupLabel(id: string): string | undefined {
    const key = this.articles.get(id)?.groupKey;
    if (!key) return undefined;
    const event = this.events.find((e) => eventKey(e) === key);
    return event ? event.event.title : key.startsWith('folder:') ? `folder ${path.basename(key.slice(7))}` : key.slice(6);
  }

  /** What the other articles of the group say about the quantity of claim `index` of `id`. */
  peers(id: string, index: number): PeerClaim[] {
    const article = this.articles.get(id);
    const claim = article?.analysis.claims[index];
    if (!article || !claim || !isComparedAcrossArticles(claim)) return [];
    const here = { article: this.toArticle(article), claim, index };
    const out: PeerClaim[] = [];
    for (const there of this.claimsByQuantity(article.groupKey).get(quantityKey(claim)) ?? []) {
      if (there.article.doc === id) continue;
      const comparison = compareClaims(here, there);
      if (comparison.verdict !== 'not compared') {
        out.push({ doc: there.article.doc, label: there.article.label, claim: there.claim, articleDate: there.article.analysis.meta.date, comparison });
      }
    }
    return out.sort((a, b) => (a.claim.asOf ?? '').localeCompare(b.claim.asOf ?? '') || a.label.localeCompare(b.label));
  }

  /** The fact-base fact about the quantity of claim `index` of `id`, if any. */
  factFor(id: string, index: number): FactRef | undefined {
    const article = this.articles.get(id);
    const claim = article?.analysis.claims[index];
    if (!article || !claim || !isComparable(claim)) return undefined;
    return this.factsOf(article.groupKey).find((ref) => factMatchesClaim(ref.fact, { article: this.toArticle(article), claim, index }));
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

  /** A group's compared claims by quantity key, in id order: built once per change of the group, so a hover costs what it shows. */
  private claimsByQuantity(groupKey: string): Map<string, PlacedClaim[]> {
    let byKey = this.peersByGroup.get(groupKey);
    if (byKey) return byKey;
    byKey = new Map();
    for (const id of [...(this.groups.get(groupKey) ?? [])].sort()) {
      const article = this.toArticle(this.articles.get(id)!);
      article.analysis.claims.forEach((claim, index) => {
        if (!isComparedAcrossArticles(claim)) return;
        const key = quantityKey(claim);
        let list = byKey.get(key);
        if (!list) byKey.set(key, (list = []));
        list.push({ article, claim, index });
      });
    }
    this.peersByGroup.set(groupKey, byKey);
    return byKey;
  }

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
      const group: EventGroup = {
        id: key,
        // In id order, not arrival order: worker threads deliver articles in any order.
        articles: [...ids].sort().map((id) => this.toArticle(this.articles.get(id)!)),
        facts: this.factsOf(key),
      };
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
      this.dirtyGroups.delete(key);
    }
  }

  /** A group must be re-checked; every member's findings may change. */
  private markDirty(key: string): void {
    this.dirtyGroups.add(key);
    this.peersByGroup.delete(key);
    this.changedGroups.add(key);
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
        this.leaveGroup(record.id, record.groupKey);
        this.articles.delete(record.id);
        this.setArticle(record.id, record.text, record.full ? 'full' : 'claims');
        continue;
      }
      record.linked = undefined;
      const key = groupKeyOf(record.path, this.eventOf(record.path, record.analysis), this.events);
      if (key !== record.groupKey) {
        this.leaveGroup(record.id, record.groupKey);
        record.groupKey = key;
        this.joinGroup(record.id, key);
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
