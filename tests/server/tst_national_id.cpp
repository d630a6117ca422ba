// The Norwegian national identity number: its two mod-11 check digits, the date of birth it
// carries (fødselsnummer, D-number, H-number, the test environments' synthetic numbers, every
// century rule of the Folkeregister) and the keyed hash that is all the server keeps of it.
// Numbers are made here: the date and an individual number, then the check digits computed.

#include "oidc/national_id.hpp"

#include <QTest>
#include <stdexcept>

using namespace bro::oidc;

namespace {

// The check digits for nine digits; nothing when the first would be 10 (no such number).
std::optional<std::string> with_check_digits(std::string digits)
{
    static const int w1[] = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    static const int w2[] = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
    for (const int *w : {w1, w2}) {
        int sum = 0;
        for (std::size_t i = 0; i < digits.size(); ++i)
            sum += w[i] * (digits[i] - '0');
        const int k = (11 - sum % 11) % 11;
        if (k == 10)
            return std::nullopt;
        digits += static_cast<char>('0' + k);
    }
    return digits;
}

// A valid number for day, month and two-digit year as written in it, with the first individual
// number from `from` up to `to` that has check digits.
std::string make_pid(int day, int month, int year2, int from, int to)
{
    const auto two = [](int v) { return std::string{char('0' + v / 10), char('0' + v % 10)}; };
    for (int individual = from; individual <= to; ++individual) {
        const std::string base = two(day) + two(month) + two(year2) + char('0' + individual / 100) +
                                 two(individual % 100);
        if (auto pid = with_check_digits(base))
            return *pid;
    }
    return {};
}

} // namespace

class TestNationalId : public QObject
{
    Q_OBJECT

private slots:
    void birth_dates_data()
    {
        QTest::addColumn<QString>("pid");
        QTest::addColumn<QString>("born"); // empty: none
        auto row = [](const char *name, const std::string &pid, const char *born) {
            QTest::newRow(name) << QString::fromStdString(pid) << QString(born);
        };
        row("published example", "15076500565", "1965-07-15");
        row("000-499: 1900s", make_pid(14, 3, 6, 100, 199), "1906-03-14");
        row("000-499: 1999", make_pid(31, 12, 99, 0, 499), "1999-12-31");
        row("500-749, year 54-99: 1854-1899", make_pid(31, 12, 64, 500, 749), "1864-12-31");
        row("500-749, year 54: 1854", make_pid(1, 1, 54, 600, 749), "1854-01-01");
        row("500-749, year 40-53: none", make_pid(1, 1, 45, 500, 749), "");
        row("750-899, year 40-99: none", make_pid(1, 1, 45, 750, 899), "");
        row("500-999, year 00-39: 2000s", make_pid(29, 2, 4, 500, 599), "2004-02-29");
        row("900-999, year 00-39: 2039", make_pid(31, 12, 39, 900, 999), "2039-12-31");
        row("900-999, year 40-99: 1940s", make_pid(15, 5, 45, 900, 999), "1945-05-15");
        row("D-number (day + 40)", make_pid(55, 5, 99, 200, 299), "1999-05-15");
        row("H-number or NAV synthetic (month + 40)", make_pid(15, 45, 99, 200, 299), "1999-05-15");
        row("Tenor synthetic (month + 80)", make_pid(15, 85, 99, 100, 199), "1999-05-15");
        row("Tenor synthetic D-number", make_pid(55, 85, 99, 100, 199), "1999-05-15");
        row("29 Feb 2005", make_pid(29, 2, 5, 500, 599), "");
        row("29 Feb 1900 (a century)", make_pid(29, 2, 0, 0, 499), "");
        row("29 Feb 2000 (every 400 years)", make_pid(29, 2, 0, 500, 999), "2000-02-29");
        row("31 April", make_pid(31, 4, 99, 0, 499), "");
        row("month 13", make_pid(1, 13, 99, 0, 499), "");
        row("month 0", make_pid(1, 0, 99, 0, 499), "");
        row("month 60 (neither)", make_pid(1, 60, 99, 0, 499), "");
        row("day 0", make_pid(0, 1, 99, 0, 499), "");
        row("day 32", make_pid(32, 1, 99, 0, 499), "");
        row("FH-number (first digit 8)", make_pid(81, 1, 99, 0, 499), "");
    }
    void birth_dates()
    {
        QFETCH(QString, pid);
        QFETCH(QString, born);
        const std::string number = pid.toStdString();
        QCOMPARE(number.size(), std::size_t(11)); // make_pid found check digits
        QVERIFY(valid_fnr(number));
        QCOMPARE(QString::fromStdString(birth_date_from_pid(number).value_or("")), born);
    }

    void check_digits_are_checked()
    {
        const std::string good = "15076500565";
        QVERIFY(valid_fnr(good));
        for (std::size_t at = 0; at < good.size(); ++at) {
            // Any one digit changed: mod 11 with weights below 11 catches every single error.
            std::string bad = good;
            bad[at] = static_cast<char>('0' + (bad[at] - '0' + 1) % 10);
            QVERIFY(!valid_fnr(bad));
            QVERIFY(!birth_date_from_pid(bad));
        }
        QVERIFY(!valid_fnr(good.substr(0, 10)));
        QVERIFY(!valid_fnr(good + "0"));
        QVERIFY(!valid_fnr("1507650056a"));
        QVERIFY(!valid_fnr(" 5076500565"));
        QVERIFY(!valid_fnr(""));
    }

    void the_identity_hash_is_keyed()
    {
        // RFC 4231 test case 2: this is HMAC-SHA256 and nothing of our own making.
        QCOMPARE(identity_hash("Jefe", "what do ya want for nothing?"),
                 std::string("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
        const std::string pid = "15076500565", key = "key-one-0123456789abcdef0123456789";
        const auto a = identity_hash(key, pid);
        QCOMPARE(a, identity_hash(key, pid));
        QVERIFY(a != identity_hash("key-two-0123456789abcdef0123456789", pid));
        QVERIFY(a != identity_hash(key, "15076500566"));
        QCOMPARE(a.size(), std::size_t(64));
        QVERIFY(a.find(pid) == std::string::npos);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, identity_hash("", pid));
    }
};

QTEST_GUILESS_MAIN(TestNationalId)
#include "tst_national_id.moc"
