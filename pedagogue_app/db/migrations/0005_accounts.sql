-- Migration 0005: accounts. Failed-login counters and the lock of an account, mirrored from the
-- key-slot side (register.logins, read before the register can be opened) so the administrator's
-- screen can show them; the time of the last successful login. Times are naive UTC like
-- updated_at. Frozen: never edit; add a new step instead.
ALTER TABLE "user" ADD COLUMN "failed_logins" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "user" ADD COLUMN "locked_until" DATETIME;
ALTER TABLE "user" ADD COLUMN "locked" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "user" ADD COLUMN "last_login_at" DATETIME;
