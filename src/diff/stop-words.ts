/**
 * Words that say nothing about which item is which: English function words, and the words nearly every
 * item of a district rubric starts with ("Our district …", "… that …"). They are left out of the
 * comparison so that two items are not alike merely for both being about "our district".
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  [
    'a an the and or nor but of to in on at by for from with within into onto as than then so',
    'is are was were be been being has have had do does did can could will would should may might must',
    'it its this that these those which who whom whose what when where how if whether',
    'our ours we us their theirs they them his her he she you your i me my',
    'all any each every some such other others own same more most very also not no',
    'e g eg etc ie including include',
    'district',
  ]
    .join(' ')
    .split(' '),
);
