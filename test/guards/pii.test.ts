import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPiiClassifier, detectPii, ibanValid, luhnValid, piiTypesOf, ssnValid, type PiiFinding } from '../../src/guards/pii/index.js';

function spans(text: string, findings: PiiFinding[] = detectPii(text)): string[] {
  return findings.map((f) => `${f.type}:${text.slice(f.start, f.end)}`);
}

test('email addresses, with file names and SSH remotes excluded', () => {
  assert.deepEqual(spans('write to first.last+tag@mail.example.co.uk today.'), ['EMAIL_ADDRESS:first.last+tag@mail.example.co.uk']);
  assert.deepEqual(spans('use logo@2x.png and git@github.com:org/repo.git'), []);
});

test('phone numbers: NANP, E.164 and national formats', () => {
  assert.deepEqual(spans('Call (415) 555-2671 or 212-555-0101.'), ['PHONE_NUMBER:(415) 555-2671', 'PHONE_NUMBER:212-555-0101']);
  assert.deepEqual(spans('London +44 20 7946 0958, Berlin +49 30 12345678'), ['PHONE_NUMBER:+44 20 7946 0958', 'PHONE_NUMBER:+49 30 12345678']);
  assert.deepEqual(spans('mobile 07700 900123'), ['PHONE_NUMBER:07700 900123']);
  assert.deepEqual(spans('my number is 4155552671'), ['PHONE_NUMBER:4155552671']);
  assert.deepEqual(spans('epoch 1699194600 and 4155552671 rows'), [], 'bare ten digits need a phone word');
});

test('credit cards need Luhn, an issuer prefix and a card grouping', () => {
  assert.deepEqual(spans('Visa 4111 1111 1111 1111 and Amex 3782 822463 10005'), ['CREDIT_CARD:4111 1111 1111 1111', 'CREDIT_CARD:3782 822463 10005']);
  assert.deepEqual(spans('card 4111 1111 1111 1112'), [], 'Luhn failure');
  assert.equal(luhnValid('4012888888881881'), true);
  assert.equal(luhnValid('4012888888881882'), false);
});

test('US SSNs follow area/group/serial rules', () => {
  assert.deepEqual(spans('SSN 536-22-1234'), ['US_SSN:536-22-1234']);
  for (const bad of ['000-12-3456', '666-12-3456', '912-34-5678', '123-00-4567', '123-45-0000']) assert.deepEqual(spans(`SSN ${bad}`), [], bad);
  assert.deepEqual(spans('social security number 287654321'), ['US_SSN:287654321']);
  assert.deepEqual(spans('routing number 287654321'), []);
  assert.equal(ssnValid('078051120'), true);
});

test('IP addresses v4 and v6, not versions, OIDs, times or C++ scopes', () => {
  assert.deepEqual(spans('ssh 192.168.1.45 and 2001:db8:85a3::8a2e:370:7334'), ['IP_ADDRESS:192.168.1.45', 'IP_ADDRESS:2001:db8:85a3::8a2e:370:7334']);
  assert.deepEqual(spans('version 10.2.0.1, OID 1.3.6.1.2.1, at 12:30:45, std::vector, 256.1.1.1, section 4.2.1.3'), []);
});

test('IBANs are checksum-validated and cut at the country length', () => {
  assert.deepEqual(spans('IBAN GB29 NWBK 6016 1331 9268 19 AND more'), ['IBAN_CODE:GB29 NWBK 6016 1331 9268 19']);
  assert.deepEqual(spans('IBAN GB28 NWBK 6016 1331 9268 19'), [], 'bad check digits');
  assert.equal(ibanValid('DE89370400440532013000'), true);
  assert.equal(ibanValid('DE89370400440532013001'), false);
});

test('look-alikes do not fire', () => {
  const lookalikes = [
    'Order #123-456-7890 has shipped',
    'ISBN 978-3-16-148410-0',
    'Tracking number 4012888888881881 for the parcel',
    'The laptop costs $1,299.99',
    'The meeting is on 2023-11-05 at 14:30',
    'USPS tracking 9400 1000 0000 0000 0000 00',
    'Lottery numbers: 04 15 23 42 08 16',
    'UUID 550e8400-e29b-41d4-a716-446655440000',
    'Chrome 120.0.6099.109 crashed',
  ];
  for (const t of lookalikes) assert.deepEqual(spans(t), [], t);
});

test('PERSON and STREET_ADDRESS best effort', () => {
  assert.deepEqual(spans('Hi, my name is Laura Chen.'), ['PERSON:Laura Chen']);
  assert.deepEqual(spans('Dear Dr. Aisha Rahman,'), ['PERSON:Aisha Rahman']);
  assert.deepEqual(spans('I am happy. This is Important. Max Heap'), []);
  assert.deepEqual(spans('Ship to 1600 Amphitheatre Parkway, Mountain View, CA 94043'), ['STREET_ADDRESS:1600 Amphitheatre Parkway, Mountain View, CA 94043']);
  assert.deepEqual(spans('there are 3 main roads into town'), []);
});

test('findings are sorted, non-overlapping, scored, and filterable', () => {
  const text = 'Mail jane@corp.com, call 415-555-0132, card 4111-1111-1111-1111, IP 198.51.100.14';
  const all = detectPii(text);
  assert.deepEqual(piiTypesOf(all), ['EMAIL_ADDRESS', 'PHONE_NUMBER', 'CREDIT_CARD', 'IP_ADDRESS']);
  for (let i = 1; i < all.length; i++) assert.ok(all[i - 1]!.end <= all[i]!.start);
  for (const f of all) assert.ok(f.score >= 0.5 && f.score <= 1);
  assert.deepEqual(piiTypesOf(detectPii(text, { types: ['EMAIL_ADDRESS'] })), ['EMAIL_ADDRESS']);
  assert.equal(detectPii(text, { minScore: 1.01 }).length, 0);
  assert.deepEqual(createPiiClassifier().classify(text), all);
  assert.equal(createPiiClassifier().name, 'pii');
});

test('pathological inputs stay linear', () => {
  const inputs = ['1'.repeat(50_000), '1 '.repeat(25_000), 'a'.repeat(50_000) + '@', '@'.repeat(20_000), 'A1 '.repeat(20_000), 'Mr '.repeat(20_000), '1 Main '.repeat(10_000)];
  for (const t of inputs) {
    const started = performance.now();
    detectPii(t);
    assert.ok(performance.now() - started < 2000, `slow on ${t.slice(0, 10)}...`);
  }
});
