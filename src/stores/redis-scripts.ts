/**
 * Lua scripts of the Redis store. Each touches the keys of one slot only (one document's
 * hash tag), so it runs atomically on a Cluster too.
 */

/** Fields of a document hash: committed version and data, then the pending ones. */
export const DOC_FIELDS = {
  counter: 'n',
  version: 'v',
  hash: 'h',
  data: 'd',
  signature: 's',
  keys: 'k',
  pendingToken: 'pt',
  pendingVersion: 'pv',
  pendingHash: 'ph',
  pendingData: 'pd',
  pendingSignature: 'ps',
  pendingKeys: 'pk',
  /** JSON {version, hash, keys} of the version the pending one replaces, for posting cleanup. */
  pendingReplaces: 'pr',
} as const;

/** A pending version of 0 marks a deletion. */
export const TOMBSTONE_VERSION = '0';

/**
 * Makes a committed pending version the document's committed one (or deletes the document's
 * data for a tombstone), but only while the pending version still belongs to token ARGV[1]:
 * a later writer may have replaced it. KEYS[1] the document hash. Returns 1 when it moved.
 * The version counter `n` stays, so a re-added document's postings never reuse an old version.
 */
export const ROLL_FORWARD_DOCUMENT = `
local f = redis.call('HMGET', KEYS[1], 'pt', 'pv', 'ph', 'pd', 'ps', 'pk')
if f[1] ~= ARGV[1] then return 0 end
if f[2] == '${TOMBSTONE_VERSION}' then
  redis.call('HDEL', KEYS[1], 'v', 'h', 'd', 's', 'k')
else
  redis.call('HSET', KEYS[1], 'v', f[2], 'h', f[3], 'd', f[4], 's', f[5], 'k', f[6])
end
redis.call('HDEL', KEYS[1], 'pt', 'pv', 'ph', 'pd', 'ps', 'pk', 'pr')
return 1
`;

/**
 * After token ARGV[1] committed: in the pairs hash KEYS[1], drops every entry of the partners
 * ARGV[2…] older than that token, and the token's own entry when it is a deletion ('').
 * Fields are "b NUL token". Entries of later tokens stay (their own batch decides them).
 */
export const COMPACT_PAIRS = `
local token = tonumber(ARGV[1])
local wanted = {}
for i = 2, #ARGV do wanted[ARGV[i]] = true end
for _, field in ipairs(redis.call('HKEYS', KEYS[1])) do
  local cut = string.find(field, '\\0', 1, true)
  if cut then
    local b = string.sub(field, 1, cut - 1)
    local t = tonumber(string.sub(field, cut + 1))
    if wanted[b] and t and t < token then redis.call('HDEL', KEYS[1], field) end
  end
end
for i = 2, #ARGV do
  local own = ARGV[i] .. '\\0' .. ARGV[1]
  if redis.call('HGET', KEYS[1], own) == '' then redis.call('HDEL', KEYS[1], own) end
end
return 0
`;
