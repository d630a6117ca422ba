// Consent rules of issue 12: the versioned explanation texts (shared/domain/consent_texts.hpp),
// the age rule and the review prompt (shared/domain/consent_rules.hpp).

#include "domain/consent_rules.hpp"
#include "domain/consent_texts.hpp"

#include <QtTest>
#include <map>

using namespace bro;

class TestConsentRules : public QObject
{
    Q_OBJECT

private slots:
    void everyCategoryHasAText()
    {
        for (Category c : consentable_categories()) {
            const auto *t = current_consent_text(c);
            QVERIFY2(t, to_string(c).data());
            QVERIFY(t->version >= 1);
            QVERIFY(!t->nb.empty());
            QVERIFY(!t->en.empty());
            QCOMPARE(consent_text(c, t->version), t);
            QCOMPARE(consent_text_in(*t, "nb"), t->nb);
            QCOMPARE(consent_text_in(*t, "en"), t->en);
            QVERIFY(consent_text_in(*t, "de").empty());
        }
        QVERIFY(!current_consent_text(Category::messages));
        QVERIFY(!consent_text(Category::goals, 999));
    }
    void versionsAreUniqueAndDense()
    {
        for (Category c : consentable_categories())
            for (int v = 1; v <= current_consent_text(c)->version; ++v)
                QVERIFY2(consent_text(c, v), "a version of a text is missing");
        const auto &all = consent_texts();
        for (std::size_t i = 0; i < all.size(); ++i)
            for (std::size_t j = i + 1; j < all.size(); ++j)
                QVERIFY(!(all[i].category == all[j].category && all[i].version == all[j].version));
    }

    // A text once shown is never edited: a change is a new version. Each version's text is
    // pinned here by a fingerprint (FNV-1a of bokmål + English); editing an old version's text
    // fails this test, adding a new version does not.
    void shownTextsAreNeverEdited()
    {
        const auto fnv = [](const std::string &s) {
            std::uint64_t h = 1469598103934665603ull;
            for (unsigned char ch : s)
                h = (h ^ ch) * 1099511628211ull;
            return h;
        };
        const std::map<std::pair<Category, int>, std::uint64_t> pinned = {
            {{Category::journey, 1}, 5588725906512175810ull},
            {{Category::notes, 1}, 10112993867824725680ull},
            {{Category::absence, 1}, 16787818294234449554ull},
            {{Category::checkins, 2}, 310775709213827244ull},
            {{Category::checkins, 1}, 14392383946264401245ull},
            {{Category::goals, 1}, 12521434314683038345ull},
            {{Category::statistics, 1}, 4747505366480043758ull},

        };
        for (const auto &t : consent_texts()) {
            const auto it = pinned.find({t.category, t.version});
            if (it == pinned.end()) {
                qWarning("{{Category::%s, %d}, %lluull},", to_string(t.category).data(), t.version,
                         static_cast<unsigned long long>(fnv(t.nb + "\n" + t.en)));
                QFAIL("a new version: pin its fingerprint in this test");
            }
            QCOMPARE(fnv(t.nb + "\n" + t.en), it->second);
        }
        QCOMPARE(pinned.size(), consent_texts().size()); // no version was removed
        // Check-ins have changed once; the old version is still there, with its own text.
        QCOMPARE(current_consent_text(Category::checkins)->version, 2);
        QVERIFY(consent_text(Category::checkins, 1)->nb != consent_text(Category::checkins, 2)->nb);
    }

    void age_data()
    {
        QTest::addColumn<QString>("dob");
        QTest::addColumn<QString>("day");
        QTest::addColumn<int>("expected");
        QTest::newRow("day before 16th birthday") << "2010-12-01"
                                                  << "2026-11-30" << 15;
        QTest::newRow("16th birthday") << "2010-11-30"
                                       << "2026-11-30" << 16;
        QTest::newRow("leap day, not yet") << "2008-02-29"
                                           << "2024-02-28" << 15;
        QTest::newRow("leap day, in a leap year") << "2008-02-29"
                                                  << "2024-02-29" << 16;
        QTest::newRow("leap day, common year") << "2008-02-29"
                                               << "2025-03-01" << 17;
        QTest::newRow("datetime day") << "2000-01-01"
                                      << "2026-11-30T10:00:00Z" << 26;
        QTest::newRow("bad date") << "2010-13-01"
                                  << "2026-11-30" << -1;
        QTest::newRow("born later") << "2027-01-01"
                                    << "2026-11-30" << -1;
    }
    void age()
    {
        QFETCH(QString, dob);
        QFETCH(QString, day);
        QFETCH(int, expected);
        const auto a = age_on(dob.toStdString(), day.toStdString());
        QCOMPARE(a ? *a : -1, expected);
    }

    void effective_data()
    {
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("dob");
        QTest::addColumn<bool>("guardian");
        QTest::addColumn<int>("limit");
        QTest::addColumn<bool>("expected");
        const char *fifteen = "2011-06-01"; // 15 on 2026-11-30
        const char *sixteen = "2010-06-01"; // 16 on 2026-11-30
        QTest::newRow("15, check-ins, pending") << "checkins" << fifteen << false << 16 << false;
        QTest::newRow("15, absence, pending") << "absence" << fifteen << false << 16 << false;
        QTest::newRow("15, notes, pending") << "notes" << fifteen << false << 16 << false;
        QTest::newRow("15, check-ins, guardian agreed")
            << "checkins" << fifteen << true << 16 << true;
        QTest::newRow("15, goals: not health") << "goals" << fifteen << false << 16 << true;
        QTest::newRow("15, journey: not health") << "journey" << fifteen << false << 16 << true;
        QTest::newRow("16, check-ins") << "checkins" << sixteen << false << 16 << true;
        QTest::newRow("16 under a limit of 18") << "checkins" << sixteen << false << 18 << false;
        QTest::newRow("15 under a limit of 15") << "notes" << fifteen << false << 15 << true;
        QTest::newRow("no date of birth") << "checkins"
                                          << "" << false << 16 << true;
        QTest::newRow("unreadable date: pending") << "checkins"
                                                  << "2011-13-40" << false << 16 << false;
    }
    void effective()
    {
        QFETCH(QString, category);
        QFETCH(QString, dob);
        QFETCH(bool, guardian);
        QFETCH(int, limit);
        QFETCH(bool, expected);
        const auto c = parse_category(category.toStdString());
        QVERIFY(c);
        const auto e = consent_effective(*c, dob.toStdString(), guardian, "2026-11-30", limit);
        QCOMPARE(e == ConsentEffect::effective, expected);
    }

    // The day the age limit is reached, as the server writes it on the case record.
    void ofAge()
    {
        QCOMPARE(of_age_on("2010-12-01", 16), std::string("2026-12-01"));
        QCOMPARE(of_age_on("2008-02-29", 16), std::string("2024-02-29")); // a leap year
        QCOMPARE(of_age_on("2009-02-28", 16), std::string("2025-02-28"));
        QCOMPARE(of_age_on("2008-02-29", 17), std::string("2025-03-01")); // a common year
        QCOMPARE(of_age_on("2010-13-01", 16), std::string());
        QCOMPARE(of_age_on("", 16), std::string());
    }

    // What a device decides from the case record (the day of age and whether the guardian
    // agreed) is what the server decides from the date of birth, every day around the birthday.
    void deviceAndServerAgree()
    {
        for (const char *dob : {"2010-11-28", "2010-12-01", "2008-02-29", "2011-06-01"})
            for (int limit : {15, 16, 18})
                for (const char *day : {"2024-02-28", "2024-02-29", "2024-03-01", "2025-02-28",
                                        "2025-03-01", "2026-11-27", "2026-11-28", "2026-11-30",
                                        "2026-12-01", "2027-06-01", "2029-06-01"})
                    for (bool guardian : {false, true})
                        for (Category c : consentable_categories()) {
                            const auto server = consent_effective(c, dob, guardian, day, limit);
                            const auto device =
                                consent_effect_on_case(c, of_age_on(dob, limit), guardian, day);
                            QVERIFY2(server == device,
                                     (std::string(dob) + " " + day + " " + std::to_string(limit) +
                                      " " + std::string(to_string(c)))
                                         .c_str());
                        }
        // Nothing recorded: effective, as on the server.
        QVERIFY(consent_effect_on_case(Category::checkins, "", false, "2026-11-30") ==
                ConsentEffect::effective);
    }

    void review_data()
    {
        QTest::addColumn<bool>("apprentice");
        QTest::addColumn<bool>("granted");
        QTest::addColumn<QString>("until");
        QTest::addColumn<QString>("grantedAt");
        QTest::addColumn<QString>("reviewedAt");
        QTest::addColumn<QString>("today");
        QTest::addColumn<bool>("expected");
        const char *at = "2026-05-30T09:00:00Z";
        QTest::newRow("a day short of 6 months") << true << true << "" << at << ""
                                                 << "2026-11-29" << false;
        QTest::newRow("6 months to the day") << true << true << "" << at << ""
                                             << "2026-11-30" << true;
        QTest::newRow("long after") << true << true << "" << at << ""
                                    << "2027-08-01" << true;
        QTest::newRow("never for a helper") << false << true << "" << at << ""
                                            << "2026-11-30" << false;
        QTest::newRow("has an end date") << true << true << "2027-01-01" << at << ""
                                         << "2026-11-30" << false;
        QTest::newRow("withdrawn") << true << false << "" << at << ""
                                   << "2026-11-30" << false;
        QTest::newRow("once: reviewed") << true << true << "" << at << "2026-11-30T08:00:00Z"
                                        << "2026-12-01" << false;
        QTest::newRow("once: reviewed, a year on")
            << true << true << "" << at << "2026-11-30T08:00:00Z"
            << "2027-12-01" << false;
        QTest::newRow("reviewed before a new grant")
            << true << true << "" << at << "2026-01-01T08:00:00Z"
            << "2026-11-30" << true;
        QTest::newRow("no grant time") << true << true << ""
                                       << ""
                                       << ""
                                       << "2026-11-30" << false;
    }
    void review()
    {
        QFETCH(bool, apprentice);
        QFETCH(bool, granted);
        QFETCH(QString, until);
        QFETCH(QString, grantedAt);
        QFETCH(QString, reviewedAt);
        QFETCH(QString, today);
        QFETCH(bool, expected);
        QCOMPARE(review_due(apprentice, granted, until.toStdString(), grantedAt.toStdString(),
                            reviewedAt.toStdString(), today.toStdString(), 6),
                 expected);
    }
    void reviewPeriodIsASetting()
    {
        QVERIFY(!review_due(true, true, "", "2026-08-30", "", "2026-11-29", 3));
        QVERIFY(review_due(true, true, "", "2026-08-30", "", "2026-11-30", 3));
        QVERIFY(!review_due(true, true, "", "2026-08-30", "", "2026-11-30", 0)); // off
        QCOMPARE(ConsentSettings{}.review_months, 6);
        QCOMPARE(ConsentSettings{}.guardian_age_limit, 16);
    }
};

QTEST_APPLESS_MAIN(TestConsentRules)
#include "tst_consent_rules.moc"
