#pragma once
// Conversions between Qt values and the JSON fields of bro_core; QML never sees JSON.

#include <QString>
#include <QVariant>
#include <nlohmann/json.hpp>
#include <string>

namespace convert {

nlohmann::json toJson(const QVariant &v);
QVariant fromJson(const nlohmann::json &j);

inline std::string str(const QString &s)
{
    return s.toStdString();
}
inline QString qstr(const std::string &s)
{
    return QString::fromStdString(s);
}

QString today();  // local date, YYYY-MM-DD
QString nowUtc(); // YYYY-MM-DDTHH:MM:SSZ
QString dateAfterDays(const QString &date, int days);

} // namespace convert
