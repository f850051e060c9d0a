// Public entry of the fake Discord used by the end-to-end tests.
export { startFakeDiscord, FakeDiscord, type FakeDiscordOptions } from './server.ts';
export type {
  AutocompleteInput,
  AutocompleteInteraction,
  ButtonInput,
  ButtonInteraction,
  ChatInputInput,
  ChatInputInteraction,
  FakeInteraction,
  InteractionSource,
  MessageMenuInput,
  MessageMenuInteraction,
  OptionValue,
} from './interactions.ts';
export type { AttachmentValue, RawOptionValue } from './options.ts';
export type { FakeAttachment, FakeMessage } from './messages.ts';
export type { UserMessageInput } from './user-messages.ts';
export type { TrackedInteraction } from './interaction-routes.ts';
export type { SessionEvent } from './gateway.ts';
export type { RecordedFile, RecordedRequest, RequestMatcher } from './types.ts';
export { MEMBER_PERMISSIONS, type FakeUser, type FakeWorld } from './world.ts';
export { snowflake } from './ids.ts';
