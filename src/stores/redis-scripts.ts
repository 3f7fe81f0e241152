/**
 * Lua scripts of the Redis store. Each touches one key (a document's hash or one posting
 * bucket), so it runs atomically on a Cluster too.
 */

/** Fields of a document hash: committed version and data, then the pending ones. */
export const DOC_FIELDS = {
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
 * Version numbers come from the index clock, so a re-added document never reuses an old one.
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

/**
 * Appends packed postings to fields of one posting bucket. KEYS[1] the bucket's short lists,
 * KEYS[2] its long lists (same slot); ARGV[1] the longest list in bytes kept in KEYS[1], then
 * pairs of (field, packed members). A list that outgrows ARGV[1] moves to KEYS[2]: Redis keeps
 * a hash compact (a listpack) only while every value is short, so one frequent key would
 * otherwise turn its whole bucket into a hash table at ≈ 60 bytes of overhead per field.
 * Lists are byte strings rather than sets: a few bytes per posting.
 */
export const APPEND_POSTINGS = `
local max = tonumber(ARGV[1])
for i = 2, #ARGV, 2 do
  local f, add = ARGV[i], ARGV[i + 1]
  local short = redis.call('HGET', KEYS[1], f)
  if short then
    local v = short .. add
    if #v > max then
      redis.call('HDEL', KEYS[1], f)
      redis.call('HSET', KEYS[2], f, v)
    else
      redis.call('HSET', KEYS[1], f, v)
    end
  else
    local long = redis.call('HGET', KEYS[2], f)
    if long then redis.call('HSET', KEYS[2], f, long .. add)
    elseif #add > max then redis.call('HSET', KEYS[2], f, add)
    else redis.call('HSET', KEYS[1], f, add) end
  end
end
return 0
`;

/**
 * Removes members from fields of one posting bucket (short lists KEYS[1], long ones KEYS[2]);
 * a list left empty is deleted. ARGV[1] the member width in bytes, then pairs of (field,
 * packed members to drop).
 */
export const REMOVE_POSTINGS = `
local w = tonumber(ARGV[1])
local function drop(key, f, gone)
  local old = redis.call('HGET', key, f)
  if not old then return false end
  local doomed = {}
  for j = 1, #gone, w do doomed[string.sub(gone, j, j + w - 1)] = true end
  local kept = {}
  for j = 1, #old, w do
    local m = string.sub(old, j, j + w - 1)
    if not doomed[m] then kept[#kept + 1] = m end
  end
  if #kept == 0 then redis.call('HDEL', key, f)
  elseif #kept * w ~= #old then redis.call('HSET', key, f, table.concat(kept)) end
  return true
end
for i = 2, #ARGV, 2 do
  if not drop(KEYS[1], ARGV[i], ARGV[i + 1]) then drop(KEYS[2], ARGV[i], ARGV[i + 1]) end
end
return 0
`;

/**
 * Reads fields of one posting bucket (short lists KEYS[1], long ones KEYS[2]): for each field
 * ARGV[2…], its packed members, or only their byte length (an integer) when longer than
 * ARGV[1] bytes (-1: no limit), or '' when absent. Frequent keys' lists never cross the
 * network, only their sizes.
 */
export const READ_POSTINGS = `
local limit = tonumber(ARGV[1])
local out = {}
for i = 2, #ARGV do
  local key = KEYS[1]
  local n = redis.call('HSTRLEN', key, ARGV[i])
  if n == 0 then
    key = KEYS[2]
    n = redis.call('HSTRLEN', key, ARGV[i])
  end
  if limit >= 0 and n > limit then out[#out + 1] = n
  elseif n == 0 then out[#out + 1] = ''
  else out[#out + 1] = redis.call('HGET', key, ARGV[i]) end
end
return out
`;
