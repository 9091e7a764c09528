CREATE TABLE "kr_role_lapses" (
	"person_id" uuid PRIMARY KEY NOT NULL,
	"since" timestamp with time zone DEFAULT now() NOT NULL
);
