#include "PinRules.h"

#include <QCoreApplication>
#include <QStringList>

namespace pinrules {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pinrules", text);
}

// 123456, 987654, 012345 …: each digit one more (or one less) than the last.
bool straightRun(const QString &pin)
{
    bool up = true, down = true;
    for (int i = 1; i < pin.size(); ++i) {
        const int step = pin[i].digitValue() - pin[i - 1].digitValue();
        up = up && (step == 1 || step == -9);
        down = down && (step == -1 || step == 9);
    }
    return up || down;
}

// 121212, 123123, 112112 …: a short block repeated.
bool repeatedBlock(const QString &pin)
{
    for (int len = 1; len <= pin.size() / 2; ++len) {
        if (pin.size() % len != 0)
            continue;
        if (pin == pin.left(len).repeated(pin.size() / len))
            return true;
    }
    return false;
}

} // namespace

QString weakness(const QString &pin, const QString &birthDate)
{
    if (pin.size() < minimumLength)
        return tr("Koden må ha minst seks tall.");
    for (const QChar c : pin)
        if (!c.isDigit() || c.unicode() > '9')
            return tr("Koden kan bare ha tall.");
    static const QStringList common = {"112233", "159753", "696969", "131313", "123321",
                                       "654321", "111222", "102030", "147258", "789456",
                                       "142536", "121314", "202020", "000111", "123654"};
    bool birthday = false;
    if (birthDate.size() == 10) {
        const QString y = birthDate.mid(0, 4), m = birthDate.mid(5, 2), d = birthDate.mid(8, 2);
        for (const QString &form :
             {d + m + y.right(2), d + m + y, y.right(2) + m + d, y + m + d, m + d + y.right(2)})
            birthday = birthday || pin.contains(form);
    }
    if (straightRun(pin) || repeatedBlock(pin) || common.contains(pin.left(6)) || birthday)
        return tr("Den koden er lett å gjette. Velg seks andre tall.");
    return {};
}

} // namespace pinrules
