#pragma once
// Demo people and content for trying the app without a server (and for QML tests and
// screenshots): shared/demo's dataset, the same as `bro-server demo` (password `demo-passord`).

#include "sync/protocol.hpp"

#include <QString>
#include <QVariantList>
#include <optional>

class Store;

namespace DemoData {

// [{user, name, role}] for the login page in demo mode.
QVariantList accounts();
// What a server would say when this demo user signs in; nullopt for an unknown user.
std::optional<bro::protocol::Welcome> welcomeFor(const QString &user);
// Fills the store with a believable history for every case in the welcome, marks it all as
// synced (nothing refused), and leaves a few audit events and a consent history.
void seed(Store &store, const bro::protocol::Welcome &welcome);

} // namespace DemoData
