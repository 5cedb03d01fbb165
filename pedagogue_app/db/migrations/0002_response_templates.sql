-- Migration 0002: editable response checklists per incident type; indexes for what is due.
-- Frozen: never edit; add a new step instead.
CREATE TABLE "response_template" ("id" INTEGER NOT NULL PRIMARY KEY, "uid" VARCHAR(36) NOT NULL, "version" INTEGER NOT NULL, "updated_at" DATETIME NOT NULL, "updated_by" VARCHAR(255) NOT NULL, "deleted" INTEGER NOT NULL, "incident_type" VARCHAR(20) NOT NULL, "code" VARCHAR(30) NOT NULL, "title" VARCHAR(255) NOT NULL, "deadline_hours" INTEGER, "position" INTEGER NOT NULL, "active" INTEGER NOT NULL);
CREATE UNIQUE INDEX "response_template_uid" ON "response_template" ("uid");
CREATE INDEX "response_template_type" ON "response_template" ("incident_type", "position");
CREATE INDEX "home_visit_next" ON "home_visit" ("next_visit_on");
CREATE INDEX "plan_measure_deadline" ON "plan_measure" ("status", "deadline");
CREATE INDEX "registration_review_next" ON "registration_review" ("next_review_on");
CREATE INDEX "support_plan_valid" ON "support_plan" ("pmpk_valid_until");
CREATE INDEX "family_category_valid" ON "family_category" ("valid_until");
CREATE INDEX "family_meals_valid" ON "family" ("free_meals_valid_until");
CREATE INDEX "response_step_open" ON "response_step" ("done_at", "deadline_at");
CREATE INDEX "referral_reply_by" ON "referral" ("reply_date", "reply_by");
CREATE INDEX "student_family_live" ON "student" ("family_id", "deleted", "archived_at");
CREATE INDEX "psy_session_follow_up" ON "psy_session" ("follow_up_on");
CREATE INDEX "psy_session_student_date" ON "psy_session" ("student_id", "session_date");
CREATE INDEX "psy_session_client_date" ON "psy_session" ("client_name", "session_date");
