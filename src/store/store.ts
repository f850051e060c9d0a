/**
 * The bot's state: the digest ledger, digest schedules, documents added from Discord, followed
 * sources, unanswered questions and votes on answers, channels answered without a command and hand-offs, over SQLite (one host) or PostgreSQL (any
 * number of processes and hosts). Every method is async and small; what belongs together is one
 * transaction.
 */
import { openDatabase, type DatabaseSettings } from './database.ts';
import { Channels } from './channels.ts';
import { Documents } from './documents.ts';
import { Feedback } from './feedback.ts';
import { Interactions } from './interactions.ts';
import { Ledger } from './ledger.ts';
import { Schedules } from './schedules.ts';
import { Sources } from './sources.ts';
import type { Sql } from './sql.ts';

export type { AddedDocument } from './documents.ts';
export type { AutoAnswerChannel, AutoAnswerKind, Handoff, HandoffThread } from './channels.ts';
export type {
  DigestPlan,
  PendingMessage,
  Period,
  PlannedMessage,
  PostedDigest,
  Reservation,
  Trigger,
} from './ledger.ts';
export type { Destination, Every, Schedule } from './schedules.ts';

export class Store {
  readonly ledger: Ledger;
  readonly schedules: Schedules;
  readonly documents: Documents;
  readonly sources: Sources;
  /** Unanswered questions and votes on answers. */
  readonly feedback: Feedback;
  /** Interaction ids received over HTTP (replays refused across instances and restarts). */
  readonly interactions: Interactions;
  /** Channels answered without a command, and the hand-off channel and its threads. */
  readonly channels: Channels;

  constructor(readonly sql: Sql) {
    this.sources = new Sources(sql);
    this.ledger = new Ledger(sql);
    this.schedules = new Schedules(sql);
    this.documents = new Documents(sql);
    this.feedback = new Feedback(sql);
    this.interactions = new Interactions(sql);
    this.channels = new Channels(sql);
  }

  /** Open (creating and migrating as needed) the database the settings name. */
  static async open(settings: DatabaseSettings): Promise<Store> {
    return new Store(await openDatabase(settings));
  }

  close(): Promise<void> {
    return this.sql.close();
  }
}
