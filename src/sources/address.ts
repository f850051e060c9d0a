/**
 * Where the bot may fetch from: http and https URLs whose host resolves only to public unicast
 * addresses. Loopback, private, link-local (cloud metadata lives there), CGNAT, unique-local,
 * multicast, reserved, and IPv6 forms that embed an IPv4 address (mapped, 6to4, Teredo, NAT64) are
 * refused, deny by default: ipaddr.js names every special range and only `unicast` passes.
 *
 * The check runs inside the connection's own DNS lookup, so the address checked is the address
 * connected to (no window for DNS rebinding); IP literals, which skip the lookup, are checked first.
 */
import { lookup as dnsLookup } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

/** Why a URL is refused before any byte is sent. */
export class AddressRefused extends Error {
  override readonly name = 'AddressRefused';
  constructor(
    readonly problem: 'scheme' | 'private',
    readonly detail: string,
  ) {
    super(
      problem === 'scheme'
        ? `only http and https URLs can be followed (${detail})`
        : `refused: ${detail} is not a public address`,
    );
  }
}

/**
 * The address to judge: an IPv6 address that carries an IPv4 one in its last 32 bits, mapped
 * (`::ffff:a.b.c.d`) or compatible (`::a.b.c.d`, which a URL writes `::a9fe:a9fe`), is that IPv4
 * address; `::` and `::1` stay what they are.
 */
function normalised(address: string): ipaddr.IPv4 | ipaddr.IPv6 {
  const parsed = ipaddr.parse(address);
  if (parsed.kind() !== 'ipv6') return parsed;
  const v6 = parsed as ipaddr.IPv6;
  if (v6.isIPv4MappedAddress()) return v6.toIPv4Address();
  const parts = v6.parts;
  const compatible = parts.slice(0, 6).every((part) => part === 0) && (parts[6] !== 0 || parts[7]! > 1);
  if (!compatible) return v6;
  const bytes = v6.toByteArray().slice(12);
  return new ipaddr.IPv4(bytes);
}

/** Whether an address (v4 or v6, any notation Node resolves to) is public unicast. */
function isPublicAddress(address: string): boolean {
  const plain = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (!ipaddr.isValid(plain)) return false;
  return normalised(plain).range() === 'unicast';
}

/** The URL parsed, when it is http(s) and (for an IP literal host) public or private is allowed. */
export function checkUrl(url: string | URL, allowPrivate: boolean): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new AddressRefused('scheme', String(url));
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw new AddressRefused('scheme', parsed.protocol.replace(/:$/, ''));
  if (parsed.username || parsed.password) throw new AddressRefused('scheme', 'credentials in the URL');
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  if (!allowPrivate && isIP(host) && !isPublicAddress(host)) throw new AddressRefused('private', host);
  return parsed;
}

/**
 * A `lookup` for net.connect that resolves every address of the host and fails when any of them
 * is not public (one bad address is enough to refuse: the connection could pick it).
 */
export function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const refused = allowPrivate ? undefined : addresses.find((entry) => !isPublicAddress(entry.address));
      if (refused)
        return callback(
          Object.assign(new AddressRefused('private', `${hostname} (${refused.address})`), { code: 'EREFUSED' }),
          [],
        );
      if (options.all) return callback(null, addresses);
      const first = addresses[0];
      if (!first) return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), []);
      callback(null, first.address, first.family);
    });
  };
}
