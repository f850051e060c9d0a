// The fixed "world" the fake Discord serves: one application/bot, one guild
// with two text channels, one human user. Also the raw objects (users,
// channels, guild, members) in the shape Discord's API and gateway send them.
import { ChannelType, PermissionFlagsBits } from 'discord.js';
import { botToken, snowflake } from './ids.ts';

export interface FakeUser {
  id: string;
  username: string;
  global_name: string | null;
  discriminator: string;
  avatar: string | null;
  bot?: boolean;
}

export interface FakeWorld {
  applicationId: string;
  botUserId: string;
  token: string;
  guildId: string;
  guildName: string;
  /** Owner of the guild: a third user, so the tester has no implicit admin rights. */
  ownerId: string;
  /** Text channel ids: `main` (first) and `second`; `forum`, a forum channel. */
  channels: { main: string; second: string; forum: string };
  /** Threads and forum posts opened so far, by id. */
  threads: Map<string, ReturnType<typeof threadChannel>>;
  /** The direct-message channel between the bot and `user`. */
  dmChannelId: string;
  botUser: FakeUser;
  /** The human who sends interactions unless a builder is told otherwise. */
  user: FakeUser;
  /** Permissions of @everyone (decimal string). */
  everyonePermissions: string;
  /** A role with Manage Messages: members who have it are moderators. */
  moderatorRoleId: string;
}

export interface WorldOptions {
  guildName?: string;
  botUsername?: string;
  everyonePermissions?: bigint;
}

/** Permissions an ordinary member has in a typical server. */
export const MEMBER_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.AttachFiles |
  PermissionFlagsBits.AddReactions |
  PermissionFlagsBits.UseApplicationCommands |
  PermissionFlagsBits.UseExternalEmojis |
  PermissionFlagsBits.CreatePublicThreads |
  PermissionFlagsBits.SendMessagesInThreads;

export function createWorld(options: WorldOptions = {}): FakeWorld {
  const applicationId = snowflake();
  const userId = snowflake();
  return {
    applicationId,
    botUserId: applicationId, // for bots created today the bot user id equals the app id
    token: botToken(applicationId),
    guildId: snowflake(),
    guildName: options.guildName ?? 'Fake Guild',
    ownerId: snowflake(),
    channels: { main: snowflake(), second: snowflake(), forum: snowflake() },
    threads: new Map(),
    dmChannelId: snowflake(),
    botUser: makeUser(applicationId, options.botUsername ?? 'liaison-test', true),
    user: makeUser(userId, 'tester', false),
    everyonePermissions: String(options.everyonePermissions ?? MEMBER_PERMISSIONS),
    moderatorRoleId: snowflake(),
  };
}

export function makeUser(id: string, username: string, bot = false): FakeUser {
  const user: FakeUser = { id, username, global_name: bot ? null : username, discriminator: '0', avatar: null };
  if (bot) user.bot = true;
  return user;
}

/** A guild text channel as found in GUILD_CREATE or GET /channels/{id}. */
export function textChannel(world: FakeWorld, id: string, position: number) {
  return {
    id,
    type: ChannelType.GuildText,
    guild_id: world.guildId,
    name: position === 0 ? 'general' : `channel-${position}`,
    position,
    permission_overwrites: [],
    parent_id: null,
    topic: null,
    nsfw: false,
    last_message_id: null,
    rate_limit_per_user: 0,
    flags: 0,
  };
}

/** A forum channel: it takes posts (threads with a first message), not messages. */
function forumChannel(world: FakeWorld, id: string, position: number) {
  return {
    ...textChannel(world, id, position),
    type: ChannelType.GuildForum,
    name: 'digests-forum',
    available_tags: [],
    default_reaction_emoji: null,
    default_sort_order: null,
    default_forum_layout: 0,
    default_thread_rate_limit_per_user: 0,
  };
}

/** A public thread (or forum post) in `parentId`, as POST .../threads answers it. */
export function threadChannel(world: FakeWorld, id: string, parentId: string, name: string, ownerId = world.botUserId) {
  return {
    id,
    type: ChannelType.PublicThread,
    guild_id: world.guildId,
    parent_id: parentId,
    owner_id: ownerId,
    name,
    last_message_id: null,
    message_count: 0,
    member_count: 1,
    total_message_sent: 0,
    rate_limit_per_user: 0,
    flags: 0,
    thread_metadata: {
      archived: false,
      auto_archive_duration: 1440,
      archive_timestamp: new Date().toISOString(),
      locked: false,
    },
  };
}

function allChannels(world: FakeWorld) {
  return [
    textChannel(world, world.channels.main, 0),
    textChannel(world, world.channels.second, 1),
    forumChannel(world, world.channels.forum, 2),
  ];
}

/** The DM channel with the user, as GET /channels/{id} returns it. */
const dmChannel = (world: FakeWorld) => ({
  id: world.dmChannelId,
  type: ChannelType.DM,
  last_message_id: null,
  recipients: [world.user],
  flags: 0,
});

export function findChannel(world: FakeWorld, id: string) {
  return id === world.dmChannelId
    ? dmChannel(world)
    : (allChannels(world).find((channel) => channel.id === id) ?? world.threads.get(id));
}

/** A guild member object; `permissions` is added for interaction payloads. */
export function guildMember(user: FakeUser, roles: string[] = [], joinedAt = new Date().toISOString()) {
  return {
    user,
    roles,
    nick: null,
    avatar: null,
    banner: null,
    joined_at: joinedAt,
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0,
    pending: false,
    communication_disabled_until: null,
  };
}

function everyoneRole(world: FakeWorld) {
  return role(world.guildId, '@everyone', world.everyonePermissions, 0); // @everyone's id is the guild id
}

function moderatorRole(world: FakeWorld) {
  return role(world.moderatorRoleId, 'moderators', String(PermissionFlagsBits.ManageMessages), 1);
}

function role(id: string, name: string, permissions: string, position: number) {
  return {
    id,
    name,
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position,
    permissions,
    managed: false,
    mentionable: false,
    flags: 0,
  };
}

/** The full guild object of a GUILD_CREATE dispatch. */
export function guildCreatePayload(world: FakeWorld, joinedAt: string) {
  return {
    id: world.guildId,
    name: world.guildName,
    icon: null,
    splash: null,
    discovery_splash: null,
    banner: null,
    description: null,
    owner_id: world.ownerId,
    afk_channel_id: null,
    afk_timeout: 300,
    widget_enabled: false,
    widget_channel_id: null,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    mfa_level: 0,
    nsfw_level: 0,
    premium_tier: 0,
    premium_subscription_count: 0,
    premium_progress_bar_enabled: false,
    system_channel_id: world.channels.main,
    system_channel_flags: 0,
    rules_channel_id: null,
    public_updates_channel_id: null,
    safety_alerts_channel_id: null,
    vanity_url_code: null,
    preferred_locale: 'en-US',
    max_members: 500000,
    max_video_channel_users: 25,
    max_stage_video_channel_users: 50,
    application_id: null,
    features: [],
    roles: [everyoneRole(world), moderatorRole(world)],
    emojis: [],
    stickers: [],
    joined_at: joinedAt,
    large: false,
    unavailable: false,
    lazy: true,
    member_count: 2,
    members: [guildMember(world.botUser, [], joinedAt)],
    channels: allChannels(world),
    threads: [],
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    incidents_data: null,
  };
}

/** The `d` of the READY dispatch. */
export function readyPayload(world: FakeWorld, sessionId: string, gatewayUrl: string) {
  return {
    v: 10,
    user: { ...world.botUser, bot: true, verified: true, mfa_enabled: false, flags: 0 },
    user_settings: {},
    private_channels: [],
    guilds: [{ id: world.guildId, unavailable: true }],
    guild_join_requests: [],
    relationships: [],
    presences: [],
    geo_ordered_rtc_regions: ['rotterdam'],
    application: { id: world.applicationId, flags: 0 },
    session_id: sessionId,
    session_type: 'normal',
    resume_gateway_url: gatewayUrl,
    shard: [0, 1],
    _trace: ['["fake-discord",{"micros":0}]'],
  };
}

/** GET /applications/@me */
export function applicationObject(world: FakeWorld) {
  return {
    id: world.applicationId,
    name: world.botUser.username,
    icon: null,
    description: '',
    summary: '',
    type: null,
    bot_public: false,
    bot_require_code_grant: false,
    verify_key: '0'.repeat(64),
    flags: 0,
    tags: [],
    owner: world.user,
    team: null,
    bot: world.botUser,
    integration_types_config: { '0': {} },
  };
}
