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
 * Appends packed postings to fields of one posting bucket. KEYS[1] the bucket; ARGV pairs of
 * (field, packed members). Posting lists are byte strings rather than sets so that a bucket
 * holds thousands of keys' postings at a few bytes each.
 */
export const APPEND_POSTINGS = `
for i = 1, #ARGV, 2 do
  local old = redis.call('HGET', KEYS[1], ARGV[i])
  if old then redis.call('HSET', KEYS[1], ARGV[i], old .. ARGV[i + 1]) else redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1]) end
end
return 0
`;

/**
 * Removes members from fields of one posting bucket; a field left empty is deleted. KEYS[1]
 * the bucket; ARGV[1] the member width in bytes, then pairs of (field, packed members to drop).
 */
export const REMOVE_POSTINGS = `
local w = tonumber(ARGV[1])
for i = 2, #ARGV, 2 do
  local old = redis.call('HGET', KEYS[1], ARGV[i])
  if old then
    local drop = {}
    local gone = ARGV[i + 1]
    for j = 1, #gone, w do drop[string.sub(gone, j, j + w - 1)] = true end
    local kept = {}
    for j = 1, #old, w do
      local m = string.sub(old, j, j + w - 1)
      if not drop[m] then kept[#kept + 1] = m end
    end
    if #kept == 0 then redis.call('HDEL', KEYS[1], ARGV[i])
    elseif #kept * w ~= #old then redis.call('HSET', KEYS[1], ARGV[i], table.concat(kept)) end
  end
end
return 0
`;

/**
 * Reads fields of one posting bucket: for each field ARGV[2…], its packed members, or only
 * their byte length (an integer) when longer than ARGV[1] bytes (-1: no limit), or '' when
 * absent. Frequent keys' lists never cross the network, only their sizes.
 */
export const READ_POSTINGS = `
local limit = tonumber(ARGV[1])
local out = {}
for i = 2, #ARGV do
  local n = redis.call('HSTRLEN', KEYS[1], ARGV[i])
  if limit >= 0 and n > limit then out[#out + 1] = n
  elseif n == 0 then out[#out + 1] = ''
  else out[#out + 1] = redis.call('HGET', KEYS[1], ARGV[i]) end
end
return out
`;
