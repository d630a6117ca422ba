#pragma once
// Hooks for tests and the screenshot runner: a signed-in Session with demo content and no server.

#include <QString>

class Session;

namespace bro::testing {

// Replaces Session::instance() with a Session on `dir` (created if needed), signs in offline as
// the demo user `user` ("emil", "kari", "ingrid" …) and seeds the demo content: goals with steps
// (one suggested by the adviser), six weeks of check-ins (none today), three absences, the
// journey with a checklist, consents for the training office and the clinic, audit events,
// a consent history, a note and messages, nothing refused. Models given this Session see it
// synchronously; QML engines created afterwards get it as their `Session`. Returns that
// Session, or null for an unknown user.
Session *openDemoSession(const QString &dir, const QString &user = QStringLiteral("emil"));

} // namespace bro::testing
