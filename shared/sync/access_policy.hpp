#pragma once
// Who may read and write what, per person, case and category: role + care-team membership +
// the apprentice's current consent. Pure functions over what the server knows; no I/O.

#include "domain/consent_rules.hpp"
#include "domain/directory.hpp"
#include "domain/enums.hpp"
#include "programme/programme.hpp"
#include "sync/change.hpp"

#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace bro {

struct Actor
{
    std::string person_id;
    Role role = Role::apprentice;
    std::string org_id;
};

struct ConsentGrant
{
    std::string org_id;
    Category category;
    std::string until; // YYYY-MM-DD inclusive, empty for no end

    auto operator<=>(const ConsentGrant &) const = default;
};

// What the server knows of one case when deciding.
struct CaseAccess
{
    std::string case_id;
    std::string apprentice_id;
    std::set<std::string> team;     // person ids of helpers on the care team
    std::set<ConsentGrant> grants;  // consents currently granted (before lapsing)
    std::string phase = "referral"; // the phase id, as the case's programme names it
    // The age rule (issue 12, domain/consent_rules.hpp): the apprentice's date of birth ("" when
    // not recorded), whether a coordinator has recorded their guardian's agreement, and the
    // programme's age limit. Below it, a grant of a health category is not effective yet.
    std::string apprentice_birth_date;
    bool guardian_agreed = false;
    int guardian_age_limit = default_guardian_age_limit;
    // The case's programme (issue 14): who is responsible for each phase and the consent texts a
    // receipt must quote. Null: the built-in pilot.
    std::shared_ptr<const Programme> programme;
};

// Who may write which field of which kind: the one table `docs/protocol.md` mirrors.
//   yes         always (a helper still needs the category shared with their organisation)
//   own         only on a record that is theirs (owner_of)
//   suggest     a helper, on their own pending suggestion, and only the value "suggested"
//   responsible the role responsible for the case's current phase
//   no          never
enum class May { no, yes, own, suggest, responsible };

struct WriteRule
{
    std::string_view kind;
    std::string_view field; // "*": every field of the kind not listed above it
    May apprentice;
    May adviser;
    May clinician;
};

std::string_view to_string(May m);

struct Denial
{
    std::string code; // protocol::code::forbidden or invalid_record
    std::string message;
};

class AccessPolicy
{
public:
    static bool is_apprentice_of(const Actor &a, const CaseAccess &c);
    // An adviser or clinician on the case's care team.
    static bool is_helper_on(const Actor &a, const CaseAccess &c);

    // `today` is YYYY-MM-DD; a grant whose `until` is before today has lapsed.
    static bool consent_active(const CaseAccess &c, const std::string &org_id, Category cat,
                               const std::string &today);

    // May this actor receive this category of this case now?
    static bool can_read(const Actor &a, const CaseAccess &c, Category cat,
                         const std::string &today);

    // May this actor receive this change? (Category from the kind; a consent record only to the
    // apprentice and to the organisation it concerns; the case record to the whole team.)
    static bool can_receive(const Actor &a, const CaseAccess &c, const Change &ch,
                            const std::string &today);

    // The table, in order; rows of one kind are together and "*" comes last.
    static const std::vector<WriteRule> &write_table();
    // The rule for one field (its row, or the kind's "*" row); nullptr for an unknown kind.
    static const WriteRule *rule_for(std::string_view kind, std::string_view field);
    static May may(const WriteRule &r, Role role);

    // Whose a record is. Goals and steps are the apprentice's, except a helper's suggestion while
    // it waits for an answer (suggested_by_id set, state "suggested"): that is the helper's.
    // Notes and messages are their author's, a read marker its reader's; everything else is the
    // apprentice's. `record` is the record's fields.
    static std::string owner_of(std::string_view kind, const nlohmann::json &record,
                                const CaseAccess &c);

    // May this actor write this change? nullopt means yes. `record` is the record as the server
    // holds it before this change; for a record new to the server, the fields this same push
    // gives it (so a helper's new suggestion is theirs from its first field on).
    static std::optional<Denial> check_write(const Actor &a, const CaseAccess &c, const Change &ch,
                                             const std::string &today,
                                             const nlohmann::json &record = {});

    // The organisation id a consent record id names ("consent:<case>:<org>:<category>").
    static std::optional<std::pair<std::string, Category>> parse_consent_id(const std::string &id);
    // The same for a receipt ("consent_receipt:<case>:<org>:<category>:<unique>"), with its case.
    struct ReceiptId
    {
        std::string case_id, org_id;
        Category category;
    };
    static std::optional<ReceiptId> parse_receipt_id(const std::string &id);
};

} // namespace bro
