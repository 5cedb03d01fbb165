-- Migration 0004: the audit log is append-only. An UPDATE or DELETE of an audit event is refused
-- by the database itself; the hash chain (services/audit.py) detects what gets past the triggers
-- (a dropped trigger, a rewritten file). Indexes for the administrator's audit screen, which
-- filters by time, user and action (the chain itself is walked in id order, the rowid).
-- Frozen: never edit; add a new step instead.
CREATE TRIGGER "audit_event_no_update" BEFORE UPDATE ON "audit_event" BEGIN SELECT RAISE(ABORT, 'audit events cannot be changed'); END;
CREATE TRIGGER "audit_event_no_delete" BEFORE DELETE ON "audit_event" BEGIN SELECT RAISE(ABORT, 'audit events cannot be changed'); END;
CREATE INDEX "audit_event_at" ON "audit_event" ("at");
CREATE INDEX "audit_event_username_at" ON "audit_event" ("username", "at");
CREATE INDEX "audit_event_action_at" ON "audit_event" ("action", "at");
