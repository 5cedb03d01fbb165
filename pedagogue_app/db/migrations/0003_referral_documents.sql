-- Migration 0003: what a referral letter and the PMPK package print beyond migration 0001:
-- the letter's language, the child's legal representative chosen for the letter, the contact
-- person's phone and position, the teacher's profile (педагогическая характеристика) and the
-- psychologist's report (психологическое заключение) sent with a PMPK referral.
-- Frozen: never edit; add a new step instead.
ALTER TABLE "referral" ADD COLUMN "lang" VARCHAR(2) NOT NULL DEFAULT 'ru';
ALTER TABLE "referral" ADD COLUMN "representative_id" INTEGER REFERENCES "family_member" ("id") ON DELETE SET NULL;
ALTER TABLE "referral" ADD COLUMN "contact_phone" VARCHAR(255) NOT NULL DEFAULT '';
ALTER TABLE "referral" ADD COLUMN "contact_position" VARCHAR(255) NOT NULL DEFAULT '';
ALTER TABLE "referral" ADD COLUMN "profile_teacher" VARCHAR(255) NOT NULL DEFAULT '';
ALTER TABLE "referral" ADD COLUMN "profile_attendance" TEXT NOT NULL DEFAULT '';
ALTER TABLE "referral" ADD COLUMN "profile_progress" TEXT NOT NULL DEFAULT '';
ALTER TABLE "referral" ADD COLUMN "profile_behaviour" TEXT NOT NULL DEFAULT '';
ALTER TABLE "referral" ADD COLUMN "profile_peers" TEXT NOT NULL DEFAULT '';
ALTER TABLE "referral" ADD COLUMN "profile_interests" TEXT NOT NULL DEFAULT '';
ALTER TABLE "referral" ADD COLUMN "profile_difficulties" TEXT NOT NULL DEFAULT '';
ALTER TABLE "referral" ADD COLUMN "profile_conclusion" TEXT NOT NULL DEFAULT '';
ALTER TABLE "referral" ADD COLUMN "report_dates" VARCHAR(255) NOT NULL DEFAULT '';
ALTER TABLE "referral" ADD COLUMN "report_methods" TEXT NOT NULL DEFAULT '';
ALTER TABLE "referral" ADD COLUMN "report_results" TEXT NOT NULL DEFAULT '';
ALTER TABLE "referral" ADD COLUMN "report_conclusion" TEXT NOT NULL DEFAULT '';
ALTER TABLE "referral" ADD COLUMN "report_recommendations" TEXT NOT NULL DEFAULT '';
ALTER TABLE "referral" ADD COLUMN "report_psychologist" VARCHAR(255) NOT NULL DEFAULT '';
CREATE INDEX "referral_representative_id" ON "referral" ("representative_id");
