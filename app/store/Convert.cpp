#include "store/Convert.h"

#include <QDate>
#include <QDateTime>
#include <QVariantList>
#include <QVariantMap>
#include <cmath>

namespace convert {

nlohmann::json toJson(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return nullptr;
    switch (v.typeId()) {
    case QMetaType::Bool:
        return v.toBool();
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return v.toLongLong();
    case QMetaType::Double:
    case QMetaType::Float: {
        // QML numbers arrive as doubles; whole numbers are integers in the schema.
        const double d = v.toDouble();
        if (std::isfinite(d) && std::floor(d) == d && std::fabs(d) < 9.0e15)
            return static_cast<long long>(d);
        return d;
    }
    case QMetaType::QString:
        return v.toString().toStdString();
    case QMetaType::QDate:
        return v.toDate().toString(Qt::ISODate).toStdString();
    case QMetaType::QVariantMap: {
        auto obj = nlohmann::json::object();
        const auto map = v.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            obj[it.key().toStdString()] = toJson(it.value());
        return obj;
    }
    case QMetaType::QVariantList:
    case QMetaType::QStringList: {
        auto arr = nlohmann::json::array();
        for (const auto &item : v.toList())
            arr.push_back(toJson(item));
        return arr;
    }
    default:
        if (v.canConvert<QVariantMap>())
            return toJson(QVariant(v.toMap()));
        if (v.canConvert<QString>())
            return v.toString().toStdString();
        return nullptr;
    }
}

QVariant fromJson(const nlohmann::json &j)
{
    switch (j.type()) {
    case nlohmann::json::value_t::boolean:
        return j.get<bool>();
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
        return static_cast<int>(j.get<long long>());
    case nlohmann::json::value_t::number_float:
        return j.get<double>();
    case nlohmann::json::value_t::string:
        return QString::fromStdString(j.get<std::string>());
    case nlohmann::json::value_t::object: {
        QVariantMap map;
        for (const auto &[k, val] : j.items())
            map.insert(QString::fromStdString(k), fromJson(val));
        return map;
    }
    case nlohmann::json::value_t::array: {
        QVariantList list;
        for (const auto &val : j)
            list.append(fromJson(val));
        return list;
    }
    default:
        return {};
    }
}

QString today()
{
    return QDate::currentDate().toString(Qt::ISODate);
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

QString dateAfterDays(const QString &date, int days)
{
    return QDate::fromString(date, Qt::ISODate).addDays(days).toString(Qt::ISODate);
}

} // namespace convert
