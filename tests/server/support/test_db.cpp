#include "test_db.hpp"

#include "store/server_schema.hpp"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <libpq-fe.h>
#include <stdexcept>

namespace bro::test {

namespace {

QString cluster_uri()
{
    const auto file = qEnvironmentVariable("BRO_TEST_PG_URI_FILE");
    if (file.isEmpty())
        return {};
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("BRO_TEST_PG_URI_FILE %s cannot be read: is the test cluster running?",
               qPrintable(file));
    return QString::fromUtf8(f.readAll()).trimmed();
}

QString db_name(const QString &uri)
{
    return uri.section('/', -1);
}

void admin_exec(const QString &sql)
{
    pg_exec(cluster_uri() + "/postgres", sql);
}

} // namespace

bool testing_postgres()
{
    return !qEnvironmentVariable("BRO_TEST_PG_URI_FILE").isEmpty();
}

QString server_db(const QTemporaryDir &dir, const QString &name)
{
    if (!testing_postgres())
        return dir.filePath(name);
    QString base = name;
    base.remove(QRegularExpression("\\.db$"));
    base.replace(QRegularExpression("[^a-z0-9_]"), "_");
    const auto db = QString("bro_%1_%2").arg(QCoreApplication::applicationPid()).arg(base);
    admin_exec("DROP DATABASE IF EXISTS " + db);
    admin_exec("CREATE DATABASE " + db);
    return cluster_uri() + "/" + db;
}

bool copy_server_db(const QString &from, const QString &to)
{
    if (!testing_postgres())
        return QFile::copy(from, to);
    try {
        admin_exec("DROP DATABASE IF EXISTS " + db_name(to));
        admin_exec("CREATE DATABASE " + db_name(to) + " TEMPLATE " + db_name(from));
        return true;
    } catch (const std::exception &e) {
        qWarning("copy_server_db: %s", e.what());
        return false;
    }
}

Database open_server_db(const QString &db)
{
    return open_server_database(db.toStdString());
}

void pg_exec(const QString &uri, const QString &sql)
{
    PGconn *c = PQconnectdb(uri.toUtf8().constData());
    if (PQstatus(c) != CONNECTION_OK) {
        const std::string msg = PQerrorMessage(c);
        PQfinish(c);
        throw std::runtime_error("pg_exec: " + msg);
    }
    PGresult *r = PQexec(c, sql.toUtf8().constData());
    const auto status = PQresultStatus(r);
    const std::string msg = PQresultErrorMessage(r);
    PQclear(r);
    PQfinish(c);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        throw std::runtime_error("pg_exec: " + msg);
}

} // namespace bro::test
