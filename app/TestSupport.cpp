#include "TestSupport.h"

#include "session/Session.h"

#include <QCoreApplication>
#include <QDir>

namespace bro::testing {

Session *openDemoSession(const QString &dir, const QString &user)
{
    QDir().mkpath(dir);
    Session *current = Session::instance();
    if (QDir(current->dataDir()) != QDir(dir)) {
        // A fresh Session becomes the instance; QML engines created later get it.
        current = new Session(dir, QCoreApplication::instance());
    }
    return current->openLocalDemo(user) ? current : nullptr;
}

} // namespace bro::testing
