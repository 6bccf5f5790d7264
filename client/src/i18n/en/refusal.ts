/**
 * Why the server refused something, one sentence per refusal reason
 * (REFUSAL_REASONS in shared), worded from the refusal's detail: a
 * placeholder is one of the fields the reason declares, named in the
 * reader's words (`count` is its limit, or the length of its list).
 */
export const refusalEn = {
  // The engine's rules.
  'invalid-event': 'The server could not read this request.',
  'unknown-event': 'The server does not know this action.',
  'exercise-ended': 'The exercise has ended.',
  'not-started': 'The exercise has not started yet.',
  'already-started': 'The exercise has already started.',
  paused: 'The exercise is paused; it goes on once Control resumes it.',
  'already-paused': 'The exercise is already paused.',
  'not-paused': 'The exercise is not paused.',
  'no-practice-move': 'This exercise has no practice move to skip.',
  'practice-over': 'The practice move is already over.',
  'wrong-phase': 'Not possible in this phase (now: {{phase}}).',
  'decisions-pending': 'Teams are still deciding; skip a team’s turn to move on.',
  'adjudication-in-review': 'The adjudication is still under review: publish it first.',
  'dilemma-pending': 'The dilemma is waiting for its team to choose.',
  'hotwash-open': 'The hotwash is open: close it to end the exercise.',
  'unknown-inject': 'This inject is not in the scenario.',
  'inject-already-released': '“{{inject}}” has already been released.',
  'no-deadline': 'No deadline is running now.',
  'deadline-not-reached': 'The deadline has not passed yet.',
  'invalid-delta': 'Add or remove some time: the change cannot be zero.',
  'unknown-team': 'This team is not in the scenario.',
  'not-their-turn': 'It is not the turn of {{team, inSentence}} now.',
  'not-their-turn_current':
    'It is the turn of {{current, inSentence}}, not of {{team, inSentence}}.',
  'already-decided': 'The decision of {{team, inSentence}} in move {{move}} is already recorded.',
  'too-many-actions_one':
    'A decision plays at most {{count}} action card; this one plays {{given}}.',
  'too-many-actions_other':
    'A decision plays at most {{count}} action cards; this one plays {{given}}.',
  'no-actions': 'A decision plays at least one action card; to hold, say so.',
  'unknown-card': 'This action card is not in the scenario.',
  'not-their-card': '“{{card}}” belongs to {{owner, inSentence}}, not to {{team, inSentence}}.',
  'limit-per-move_one':
    '“{{card}}” may be played once per move; this decision plays it {{given}} times.',
  'limit-per-move_other':
    '“{{card}}” may be played {{count}} times per move; this decision plays it {{given}} times.',
  'max-uses_one': '“{{card}}” may be played once in the whole exercise (uses so far: {{used}}).',
  'max-uses_other':
    '“{{card}}” may be played {{count}} times in the whole exercise (uses so far: {{used}}).',
  'max-covert_zero': 'This scenario allows no covert action.',
  'max-covert_one': 'At most {{count}} covert action per move; this decision plays {{given}}.',
  'max-covert_other': 'At most {{count}} covert actions per move; this decision plays {{given}}.',
  'prerequisite-unmet': 'The conditions of “{{card}}” are not met yet.',
  'missing-rationale': 'A decision needs a rationale.',
  'invalid-freeform': 'A free-form action needs a description and one to three reasons.',
  'unknown-action': 'This action is not under review.',
  'not-freeform': 'This action plays a card ({{action}}): its odds come from the card.',
  'invalid-odds': 'Odds are a whole percentage from 0 to 100.',
  'unknown-track': 'This track is not in the scenario.',
  'out-of-range': '{{track}} takes whole values from {{min}} to {{max}}.',
  'missing-reason': 'Give a reason: it goes on record.',
  'empty-text': 'The narrative is empty.',
  'freeform-odds-missing_one':
    'Before publishing, set the odds of this free-form action or veto it: {{actions}}.',
  'freeform-odds-missing_other':
    'Before publishing, set the odds of these free-form actions or veto them: {{actions}}.',
  'unknown-ending': 'This ending is not in the scenario.',
  'already-ending': 'The exercise is already ending.',
  'no-dilemma': 'No dilemma is waiting for a choice.',
  'not-dilemma-team': 'The dilemma is for {{team, inSentence}} to resolve.',
  'unknown-option': 'The dilemma has no such option.',
  'empty-reflection': 'Write at least one answer before sending the reflection.',
  'unknown-debrief-stage': 'The hotwash has no such stage.',
  'teams-unseated_zero': 'Play resumes once every team has a player or a bot.',
  'teams-unseated_one':
    'Play resumes once every team has a player or a bot; nobody plays {{teams, inSentence}} yet.',
  'teams-unseated_other':
    'Play resumes once every team has a player or a bot; nobody plays {{teams, inSentence}} yet.',
  'no-knowledge-check': 'This exercise has no knowledge check.',
  'knowledge-check-closed':
    'This knowledge check is not open: the first one closes when the first move opens, the second opens with the hotwash.',
  'knowledge-check-answered': 'You have already answered this knowledge check.',
  'knowledge-check-incomplete': 'Answer every question with one of its options before sending.',

  // The service: exercises, seats, credentials, command ids, chat and drafts.
  'unknown-scenario': 'This scenario is not installed on this server.',
  'invalid-settings': 'These settings are not valid for this scenario.',
  'unknown-exercise': 'There is no such exercise on this server.',
  'unknown-join-code': 'No exercise has this join code; check it and try again.',
  'lobby-locked': 'Control has locked the exercise; ask Control to let you in.',
  'invalid-name_one': 'Enter a name of at most {{count}} character, without control characters.',
  'invalid-name_other': 'Enter a name of at most {{count}} characters, without control characters.',
  'duplicate-name': 'Somebody in this exercise is already called “{{name}}”; choose another name.',
  'invalid-key': 'This Control link does not open this exercise.',
  'invalid-token': 'This seat is no longer yours; join again with the join code.',
  'unknown-player': 'That player is no longer in this exercise.',
  'not-seated': 'You are no longer seated in this exercise; join again.',
  'seat-taken-by-bot':
    'A bot plays {{team, inSentence}}; Control must open the seat to people first.',
  'seat-occupied':
    'People play {{team, inSentence}}; move or remove them before a bot takes the seat.',
  'projector-seat':
    'This is the room’s projector, not a player: it cannot be moved, made lead or removed.',
  'duplicate-command-id': 'This action was already sent by someone else; try again.',
  'facilitator-only': 'Only Control can do this.',
  'players-only': 'Only players can do this.',
  'team-players-only': 'Only a team’s players can do this.',
  observer: 'Observers follow the exercise; they cannot do this.',
  'not-lead': 'Only your team’s lead can do this; ask Control to make you the lead.',
  'clock-only': 'Only the server’s clock does this.',
  'unknown-channel': 'There is no such chat channel.',
  'channel-forbidden': 'You cannot write in this channel.',
  'invalid-text_one': 'A message cannot be empty and holds at most {{count}} character.',
  'invalid-text_other': 'A message cannot be empty and holds at most {{count}} characters.',
  'invalid-draft': 'The draft cannot be saved: it is too long or not a decision.',
  'unknown-objective': 'This scenario has no rubric for that learning objective.',
  'bot-team-not-rated':
    'Only bots play {{team, inSentence}}: there are no learners to rate, so it stays out of the ratings and the improvement plan.',
  'unknown-rubric-level': 'That level is not part of this learning objective’s rubric.',
  'join-code-exhausted': 'No free join code was found; try again.',
  'storage-full':
    'The server’s disk is full, so nothing was saved: tell whoever runs the server, and send it again once they have freed some space.',

  // Replay and fork.
  'exercise-not-ended': 'Replay and fork open once the exercise has ended.',
  'invalid-step': 'There is no such step: the steps go from 0 to {{max}}.',
  'invalid-perspective': 'This is not a point of view of this exercise.',
  'move-not-reached':
    'Move {{move}} was never opened in this exercise, so no fork can start from it.',
  'perspective-hidden':
    'Control has not revealed the other teams’ secrets: replay the exercise as your own team or as an observer.',
} as const;
