#pragma once
// Who may read and write what, per person, case and category: role + care-team membership +
// the apprentice's current consent. Pure functions over what the server knows; no I/O.

#include "domain/directory.hpp"
#include "domain/enums.hpp"
#include "sync/change.hpp"

#include <optional>
#include <set>
#include <string>
#include <utility>

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
    std::set<std::string> team;    // person ids of helpers on the care team
    std::set<ConsentGrant> grants; // consents currently granted (before lapsing)
    Phase phase = Phase::referral;
};

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

    // May this actor write this change? nullopt means yes.
    static std::optional<Denial> check_write(const Actor &a, const CaseAccess &c, const Change &ch,
                                             const std::string &today);

    // The organisation id a consent record id names ("consent:<case>:<org>:<category>").
    static std::optional<std::pair<std::string, Category>> parse_consent_id(const std::string &id);
};

} // namespace bro
