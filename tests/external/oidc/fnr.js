'use strict';
// Norwegian national identity numbers (fødselsnummer, 11 digits: DDMMYY, three individual digits,
// two mod-11 check digits), for the test provider's login page and the self-check. Only the check
// digits are checked, so D-numbers (day + 40) and synthetic test numbers (month + 40 or + 80)
// pass as they do at ID-porten's test eID.

const W1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const W2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

function checkDigit(digits, weights) {
  let sum = 0;
  for (let i = 0; i < weights.length; ++i) sum += weights[i] * Number(digits[i]);
  const k = 11 - (sum % 11);
  return k === 11 ? 0 : k; // 10: no valid number with these digits
}

function valid(pid) {
  if (typeof pid !== 'string' || !/^[0-9]{11}$/.test(pid)) return false;
  return checkDigit(pid, W1) === Number(pid[9]) && checkDigit(pid, W2) === Number(pid[10]);
}

// The first valid number from these parts, trying individual numbers upwards (some have no valid
// check digit). month + 80 makes it a synthetic test number, never a real person's.
function make(day, month, year, individual = 100) {
  const two = (n) => String(n).padStart(2, '0');
  for (let ind = individual; ind < 1000; ++ind) {
    const base = `${two(day)}${two(month)}${two(year % 100)}${String(ind).padStart(3, '0')}`;
    const k1 = checkDigit(base, W1);
    if (k1 === 10) continue;
    const k2 = checkDigit(base + k1, W2);
    if (k2 === 10) continue;
    return `${base}${k1}${k2}`;
  }
  throw new Error('no valid number from these parts');
}

module.exports = { valid, make };
