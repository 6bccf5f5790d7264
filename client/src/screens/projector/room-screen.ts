/**
 * The two screens the room watches: the projector's full-screen view and the
 * observer's scrolling page. Components both share take one of these to pick
 * their class names and heading levels; what they show is the same.
 */
export type RoomScreen = 'projector' | 'observer';
