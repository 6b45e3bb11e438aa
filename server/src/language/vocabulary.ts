// The vocabulary: the words of published plans and what they mean in the model (docs/language.md §3.1). Data only;
// sessions.ts reads a session with these tables, which are turned into phrase maps once, when the module loads.
import type { ConditioningStyle, EffortTarget, EventDiscipline, GymFocus, GymIntensity, RunType } from './model';

/**
 * Phrases that name a session, and the canonical session each one means. The canonical phrase is read like any
 * session, so it may carry a type, an effort or a distance (`parkrun` → `race 5km`). A user's `vocabulary` in
 * `.hybridrc.json` adds entries of the same form.
 */
export const SESSION_PHRASES: readonly (readonly [phrase: string, means: string])[] = [
  // Gym.
  ['strength', 'gym'],
  ['strength training', 'gym'],
  ['strength work', 'gym'],
  ['strength session', 'gym'],
  ['weights', 'gym'],
  // `light weight high reps`, `heavy weight, low reps`: the singular, with how heavy (alone, `weight` is no session).
  ['light weight', 'gym light'],
  ['heavy weight', 'gym heavy'],
  ['weight training', 'gym'],
  // `Wts + 3 mi`, `Wt training 45 min`, `wt room`: weights written short, as logs write them.
  ['wts', 'gym'],
  ['wt training', 'gym'],
  ['wt room', 'gym'],
  ['weightlifting', 'gym'],
  // Track coaches' words for the lifting after a session (`+ weight work`).
  ['weight work', 'gym'],
  ['weight room', 'gym'],
  ['weight session', 'gym'],
  ['lifting', 'gym'],
  ['resistance training', 'gym'],
  ['resistance', 'gym'],
  ['strength/core', 'gym'],
  ['core work', 'gym core light'],
  // `Cross train 45 minutes and core exercises`.
  ['core exercises', 'gym core light'],
  // Mountain Tactical Institute's word for functional core strength (its ACFT, CPAT and PFT plans).
  ['chassis integrity', 'gym core light'],
  ['core strength', 'gym core light'],
  // `trunk work`: the trunk is the core (physiotherapists' and rugby programmes' word).
  ['trunk work', 'gym core light'],
  ['trunk strength', 'gym core light'],
  ['trunk exercises', 'gym core light'],
  ['trunk stability', 'gym core light'],
  ['abs', 'gym core light'],
  ['st', 'gym'],
  ['st/core', 'gym'],
  ['s&c', 'gym'],
  // `S&C`, `S & C`: strength and conditioning written short (`&` reads as `and` in phrases, so `s&c` above is never
  // one word of a plan).
  ['s and c', 'gym'],
  // `S+C` (one word: the `+` glued between its letters, read without it, as `N+TC` is), `SC`: the same short form.
  ['sc', 'gym'],
  ['strength and conditioning', 'gym'],
  // Bodyweight strength (`BWF`, the Recommended Routine of r/bodyweightfitness), done as a gym session.
  ['bwf', 'gym'],
  ['bodyweight', 'gym'],
  ['body weight', 'gym'],
  ['calisthenics', 'gym'],
  // Strength done with one tool or in a class: `Kettlebell workout 20 min`, `Barbell complex`, `TRX 30 min` (suspension
  // training), Les Mills' `Bodypump` (a class of high-rep barbell work, light loads).
  ['kettlebell workout', 'gym'],
  ['kettlebell training', 'gym'],
  ['kettlebell session', 'gym'],
  ['kettlebell class', 'gym'],
  ['kettlebells', 'gym'],
  ['dumbbell workout', 'gym'],
  ['dumbbell session', 'gym'],
  ['dumbbells', 'gym'],
  ['dumbbell', 'gym'],
  // Strength named by its equipment, its sport or its aim: `Machines`, `Resistance bands`, `Iron`, `Powerlifting`, `Bodybuilding`,
  // `Hypertrophy`, a `Home workout`, `Personal training`, `Arm day`, `Booty workout`.
  ['machines', 'gym'],
  ['resistance bands', 'gym'],
  ['iron', 'gym'],
  ['powerlifting', 'gym heavy'],
  ['bodybuilding', 'gym'],
  ['hypertrophy', 'gym moderate'],
  ['home workout', 'gym'],
  ['personal training', 'gym'],
  // `personal trainer session`, `personal trainer (weights)`: a session with a trainer is a gym session.
  ['personal trainer', 'gym'],
  // `PT session`: physical training (the Army's) or a personal trainer's session, strength and circuits in the gym.
  ['pt session', 'gym'],
  // `farmer's walk 4 x 40m`: a loaded carry, an exercise of the lift (it was a walk).
  ["farmer's walk", 'gym'],
  ['farmers walk', 'gym'],
  ['farmer walk', 'gym'],
  ['arm day', 'gym upper'],
  ['arms day', 'gym upper'],
  ['booty workout', 'gym lower'],
  ['booty', 'gym lower'],
  // Strength programmes named as the day's session: `Starting Strength A`, `StrongLifts 5x5 (A)`, `GZCLP T1`, `nSuns`,
  // `PHUL`, `PHAT`, `PPL`, `Texas Method`, `Madcow`, `Wendler` (5/3/1): barbell programmes, heavy by design except the
  // bodybuilding splits (PHUL's and PHAT's hypertrophy days, PPL), which say no effort.
  ['starting strength', 'gym heavy'],
  ['stronglifts', 'gym heavy'],
  ['gzclp', 'gym heavy'],
  ['nsuns', 'gym heavy'],
  ['texas method', 'gym heavy'],
  ['madcow', 'gym heavy'],
  ['wendler', 'gym heavy'],
  // `Workout A`, `Workout B + 20 min easy run`: the lettered workouts of a strength programme (its table below the week).
  ['workout a', 'gym'],
  ['workout b', 'gym'],
  ['workout c', 'gym'],
  ['phul', 'gym'],
  ['phat', 'gym'],
  ['ppl', 'gym'],
  ['barbell complex', 'gym'],
  ['barbell workout', 'gym'],
  ['trx', 'gym'],
  // `Strongman` (yoke, stones, log, sled): heavy full-body lifting.
  ['strongman', 'gym full heavy'],
  // Beachbody's home programmes: P90X's days are mostly resistance work (chest & back, legs & back, shoulders & arms);
  // Insanity's are cardio intervals with no rest.
  ['p90x', 'gym full'],
  ['insanity', 'hiit'],
  // Nike Training Club (`NTC workout`): the app's strength and bodyweight workouts, a Nike plan's strength day.
  ['ntc', 'gym full'],
  ['ntc workout', 'gym full'],
  ['nike training club', 'gym full'],
  // Nike Run Club (`NRC Push It Run`, `NRC guided run`): the app's guided runs.
  ['nrc', 'run'],
  ['nike run club', 'run'],
  ['bodypump', 'gym full light'],
  ['body pump', 'gym full light'],
  // Gym classes of light strength work (toning): `Barre`, `Total Toning`, `Body Sculpt`, `LBT` (legs, bums and tums).
  ['barre', 'gym full light'],
  ['toning', 'gym full light'],
  ['total toning', 'gym full light'],
  ['sculpt', 'gym full light'],
  ['body sculpt', 'gym full light'],
  ['lbt', 'gym lower light'],
  ['legs bums and tums', 'gym lower light'],
  ['legs bums tums', 'gym lower light'],
  // Power work of team sports (cleans, jumps, throws) is lifted in the gym; power endurance is a conditioning circuit.
  ['power', 'gym'],
  ['power endurance', 'conditioning'],
  // `Skills + fitness`, `Fitness: 2 x 6 min (15s on/15s off)`: a team's fitness session is its conditioning.
  ['fitness', 'conditioning'],
  ['leg day', 'gym legs'],
  // Body-part days of a bodybuilding split (`Mon: Chest, abs`, `Wed: Biceps and Back`).
  ['chest', 'gym upper'],
  ['biceps', 'gym upper'],
  ['triceps', 'gym upper'],
  ['shoulders', 'gym upper'],
  ['arms', 'gym upper'],
  // `Back + Bi's`, `Chest & Tris`, `Delts/Traps`: the split's short names.
  ['bis', 'gym upper'],
  ['tris', 'gym upper'],
  ["bi's", 'gym upper'],
  ["tri's", 'gym upper'],
  ['delts', 'gym upper'],
  ['traps', 'gym upper'],
  // `5 miles + arm work`: the arms' work in the gym (`1 arm DB rows` stays an exercise).
  ['arm work', 'gym upper'],
  ['glutes', 'gym lower'],
  ['hamstrings', 'gym lower'],
  ['quads', 'gym lower'],
  ['calves', 'gym lower'],
  ['leg', 'gym legs'],
  // Runs.
  ['running', 'run'],
  ['jog', 'run easy'],
  // `treadmill 30 min + weights`: a run on the treadmill (`treadmill walk` is a walk).
  ['treadmill', 'run'],
  ['treadmill walk', 'walk'],
  ['treadmill walking', 'walk'],
  ['jogging', 'run easy'],
  ['run/walk', 'run easy'],
  ['walk/run', 'run easy'],
  // `walk-jog 20 min (jog 2 min, walk 2 min)`: the Army's beginners' run/walk (corpus9b).
  ['walk-jog', 'run easy'],
  ['jog-walk', 'run easy'],
  ['run-walk', 'run easy'],
  // `E-pace 40'`: Daniels' paces written as a session (`T-pace` after `@` is a target already).
  ['e-pace', 'run easy'],
  ['m-pace', 'run steady'],
  ['t-pace', 'run threshold'],
  ['i-pace', 'run intervals'],
  // `30 min RWR`: Jeff Galloway's Run Walk Run method.
  ['rwr', 'run easy'],
  ['shakeout', 'run recovery'],
  ['shake-out', 'run recovery'],
  ['strides', 'run'],
  ['accelerations', 'run'],
  ['acceleration work', 'run'],
  ['acceleration', 'run'],
  // A run with a vest or a bergen (`Weighted run 4 miles (20lbs)`).
  ['weighted run', 'run'],
  ['accels', 'run'],
  ['pickups', 'run'],
  ['pick-ups', 'run'],
  ['surges', 'run'],
  ['drills', 'run'],
  // Jeff Galloway's form work: `drill run` (cadence drills and acceleration-gliders inside an easy run).
  ['drill run', 'run'],
  ['acceleration gliders', 'run'],
  ['acceleration-gliders', 'run'],
  ['gliders', 'run'],
  // `Race Rehearsal Run`: Galloway's run with a stretch at race pace, a run, not the race.
  ['race rehearsal', 'run'],
  ['race rehearsal run', 'run'],
  // `Race sim: 6 miles easy, 3 miles @ GHMP`: a race simulation in a running plan is a run with a stretch at race pace,
  // as a rehearsal is (`hyrox sim` stays the HYROX simulation).
  ['race sim', 'run'],
  ['race simulation', 'run'],
  ['race sim run', 'run'],
  ['warmup', 'run easy'],
  ['warm-up', 'run easy'],
  // `warm up 10 min + bench 3x10`: spaced too (it was "Unknown session 'warm'"). A spaced `cool down` names no session:
  // `…, race, cool down` is the race's end (`+ 10 min cool down` is the run's time, sessions.ts `onlyATime`).
  ['warm up', 'run easy'],
  ['cooldown', 'run easy'],
  ['cool-down', 'run easy'],
  ['w/u', 'run easy'],
  ['c/d', 'run easy'],
  ['warm down', 'run easy'],
  ['warm-down', 'run easy'],
  ['cross-country', 'run'],
  // A session named with `and` is one session (`speed and conditioning on a rugby pitch`).
  ['speed and conditioning', 'run intervals'],
  // Sprinters' special (and speed) endurance: runs of 150-600 m near top speed.
  ['special endurance', 'run intervals'],
  // `Ladder: 200-400-600-400-200`: repeats that go up and down in distance or time, a quality run.
  ['ladder', 'run intervals'],
  ['ladders', 'run intervals'],
  ['speed endurance', 'run intervals'],
  ['cross country', 'run'],
  ['half marathon', 'race half marathon'],
  ['marathon', 'race marathon'],
  // Cross-training.
  ['cross', 'cross'],
  ['cross training', 'cross'],
  ['cross-training', 'cross'],
  ['cross train', 'cross'],
  ['cross-train', 'cross'],
  ['xt', 'cross'],
  ['ct', 'cross'],
  ['xtrain', 'cross'],
  ['x-train', 'cross'],
  // Written as one word in plan tables (`optional crosstraining 30-45 minutes`).
  ['crosstraining', 'cross'],
  ['crosstrain', 'cross'],
  ['e-cross', 'cross easy'],
  ['cardio', 'cross'],
  // Dance and step cardio classes.
  ['zumba', 'cross'],
  ['aerobics', 'cross'],
  // `Aerobic exercises plus weight training`: aerobic exercise of any kind is cardio (it was a typo of `aerobics`).
  ['aerobic exercise', 'cross'],
  ['aerobic exercises', 'cross'],
  ['step class', 'cross'],
  ['step aerobics', 'cross'],
  // Non-cardio cross-training is strength work (Shatterproof: `Non Cardio CT/ST/Core` beside `Cardio CT` and `ST/Core`).
  ['non cardio', 'gym'],
  ['non-cardio', 'gym'],
  ['non cardio ct', 'gym'],
  ['non-cardio ct', 'gym'],
  ['elliptical', 'elliptical'],
  ['mixed aerobic', 'cross easy'],
  ['mixed cardio', 'cross easy'],
  ['rollers', 'bike'],
  ['turbo', 'bike'],
  ['turbo trainer', 'bike'],
  ['wattbike', 'bike'],
  ['zwift', 'bike'],
  ['peloton', 'bike'],
  // Para athletes' cross-training: a handcycle is ridden, an arm ergometer is cranked like an erg is rowed.
  ['handcycle', 'bike'],
  ['handbike', 'bike'],
  ['hand cycle', 'bike'],
  ['arm ergometer', 'row'],
  ['arm erg', 'row'],
  ['arm crank', 'row'],
  ['arm cranking', 'row'],
  ['stairmaster', 'cross'],
  ['stair climber', 'cross'],
  ['stepmill', 'cross'],
  ['aqua jogging', 'swim'],
  // `Swim 800m + 20 min treading water`: water work of selection courses.
  ['treading water', 'swim'],
  ['aqua jog', 'swim'],
  ['pool running', 'swim'],
  ['deep water running', 'swim'],
  // `45 minutes of water running`: running in the pool (Galloway's cross-training), not a run.
  ['water running', 'swim'],
  ['water run', 'swim'],
  ['aqua running', 'swim'],
  ['deep-water running', 'swim'],
  ['pool', 'swim'],
  ['spinning', 'bike'],
  ['spin', 'bike'],
  ['cycling', 'bike'],
  ['cycle', 'bike'],
  ['biking', 'bike'],
  ['bike ride', 'bike'],
  ['ride', 'bike'],
  ['erg', 'row'],
  ['rower', 'row'],
  ['rowing', 'row'],
  ['ski erg', 'row'],
  ['skierg', 'row'],
  ['ski', 'row'],
  ['technique', 'cross easy'],
  ['technique work', 'cross easy'],
  // Strides are run technique: `6-8 x technique strides on grass` goes with the run.
  ['technique strides', 'run'],
  ['swimming', 'swim'],
  ['walking', 'walk'],
  ['hiking', 'hike'],
  ['stretch', 'mobility'],
  ['stretching', 'mobility'],
  // `Easy run 10.5 miles, dynamic circuit after`: a runner's circuit of dynamic stretches and drills, not a met con.
  ['dynamic circuit', 'mobility'],
  ['dynamic stretching', 'mobility'],
  ['dynamic stretches', 'mobility'],
  ['foam roll', 'mobility'],
  ['foam rolling', 'mobility'],
  ['pilates', 'mobility'],
  // Les Mills' BODYBALANCE: yoga, tai chi and pilates.
  ['bodybalance', 'mobility'],
  ['body balance', 'mobility'],
  // `Thu - flexibility` (fire and police selection programmes: "2 flexibility sessions per week").
  ['flexibility', 'mobility'],
  ['flexibility work', 'mobility'],
  ['active recovery', 'mobility'],
  // `Recovery/Rehab` (rugby programmes' recovery days): injury rehabilitation exercises, mobility work, not a run.
  ['rehab', 'mobility'],
  ['prehab', 'mobility'],
  ['pre-hab', 'mobility'],
  // `prehab and trunk work`, `prehab & core`: prehab joined to core work is the injury-prevention part of one core
  // session (`stretch & core` stays two sessions).
  ['prehab and core', 'gym core light'],
  ['prehab and core work', 'gym core light'],
  ['prehab and trunk work', 'gym core light'],
  ['rehab and core', 'gym core light'],
  ['rehab and core work', 'gym core light'],
  ['rehab and trunk work', 'gym core light'],
  ['recovery/rehab', 'mobility'],
  // Mountain Tactical's `durability`: injury-prevention mobility and stability work.
  ['durability', 'mobility'],
  // Hurdle mobility drills of track and cross-country teams.
  ['hurdle walkovers', 'mobility'],
  ['hurdle mobility', 'mobility'],
  ['hurdle drills', 'mobility'],
  // Rucking is walking under load, like a hike; a ruck run is run.
  ['ruck', 'hike'],
  ['rucking', 'hike'],
  ['ruck march', 'hike'],
  // `Loaded march 8 miles with 35 lb`, `road march 12 miles`, `forced march` (military selection plans): a ruck.
  ['loaded march', 'hike'],
  ['road march', 'hike'],
  ['forced march', 'hike'],
  // `12 mile march at 4 mph with 35 lbs`: a march of selection training is a ruck (a month's name before a day's `:` is
  // its date: parser.ts `dateInDayLabel`).
  ['march', 'hike'],
  ['tab', 'hike'],
  // `Weighted vest walk 45 min`: walking under load, a ruck.
  ['weighted vest walk', 'hike'],
  ['weighted walk', 'hike'],
  ['vest walk', 'hike'],
  ['ruck run', 'run'],
  ['ruck-run', 'run'],
  // `track run 30 min`: a run on the track names the place, not the workout; its type comes from its other words
  // (repeats, a run type) and is easy without them. `track`, `track workout`, `track: 6x400m` stay intervals.
  ['track run', 'run'],
  ['track running', 'run'],
  // Rest.
  ['rest day', 'rest'],
  ['day off', 'rest'],
  ['off day', 'rest'],
  // Selection preparation: `Admin day`, `Kit prep` — the day kept for kit, feet and food, no training.
  ['admin day', 'rest'],
  ['admin', 'rest'],
  ['kit prep', 'rest'],
  ['recovery day', 'rest'],
  ['complete rest', 'rest'],
  ['full rest', 'rest'],
  ['passive recovery', 'rest'],
  // A day kept free of training for life or for a missed session (`Travel day`, `Family day`, `Flex day`, `Catch-up day`),
  // or with nothing planned (`Nothing planned`, `N/A`, `TBD`): no session is planned, a day of rest. (`travel` and
  // `nothing` alone stay words of a sentence: `run 3 mi then travel`, `run 4 mi, nothing fast`.)
  ['travel day', 'rest'],
  ['family day', 'rest'],
  ['free day', 'rest'],
  ['flex day', 'rest'],
  ['catch-up day', 'rest'],
  ['catch up day', 'rest'],
  ['make-up day', 'rest'],
  ['makeup day', 'rest'],
  ['nothing planned', 'rest'],
  ['n/a', 'rest'],
  ['tbd', 'rest'],
  // `no workout due to race`, `Fri: no run`: a day that says no training is rest (what follows is its reason).
  ['no workout', 'rest'],
  ['no training', 'rest'],
  ['no run', 'rest'],
  ['no running', 'rest'],
  ['no exercise', 'rest'],
  // Conditioning.
  // Tabata intervals (20 s on, 10 s off, 8 rounds): high-intensity interval training.
  ['tabata', 'hiit'],
  // Orangetheory's class: treadmill, rower and floor intervals by heart-rate zone.
  ['orangetheory', 'hiit'],
  ['orange theory', 'hiit'],
  // Sled pushes and pulls as a block of their own (`Upper + sled work`); `sled push 4x25m` stays an exercise.
  ['sled work', 'conditioning'],
  ['prowler', 'conditioning'],
  // Group exercise classes of cardio and combat moves (Les Mills' BODYATTACK, BODYCOMBAT, GRIT; Boxfit).
  ['bodyattack', 'conditioning'],
  ['body attack', 'conditioning'],
  ['bodycombat', 'conditioning'],
  ['body combat', 'conditioning'],
  ['les mills grit', 'conditioning'],
  ['grit', 'conditioning'],
  ['boxfit', 'conditioning'],
  ['boxercise', 'conditioning'],
  // Obstacle and confidence courses (selection: the Trainasium, the assault course).
  ['obstacle course', 'conditioning'],
  ['assault course', 'conditioning'],
  ['confidence course', 'conditioning'],
  ['trainasium', 'conditioning'],
  // Sprint coaches' general athleticism (Charlie Francis's low days): bodyweight, med-ball and abs circuits, easy.
  // Its short form `GA` (`G.A.`) is general aerobic running elsewhere, and athleticism only in a sprinter's week
  // (parser.ts, `sprintWeek`).
  ['general athleticism', 'conditioning easy'],
  // Rugby and team-sport pre-season: `Upper Body Strength & Running Conditioning`, `conditioning run` — running done to
  // condition (shuttles, intervals on the field) is a quality run; `Conditioning Session` alone stays conditioning.
  ['running conditioning', 'run intervals'],
  ['conditioning run', 'run intervals'],
  ['conditioning running', 'run intervals'],
  // `Saturday: Fartlekking` (club pre-season plans): the verb of a fartlek.
  ['fartlekking', 'run fartlek'],
  ['fartleking', 'run fartlek'],
  ['wod', 'crossfit'],
  ['cross fit', 'crossfit'],
  // `Monday – CF` (Ktown Endurance's CrossFit Endurance plan): the abbreviation CrossFit boxes and CFE plans use.
  ['cf', 'crossfit'],
  ['hiit', 'hiit'],
  // `Lower Body Strength & Met Con`: a metabolic conditioning workout written in two words.
  ['met con', 'metcon'],
  ['met-con', 'metcon'],
  ['circuits', 'circuit'],
  ['circuit training', 'circuit'],
  ['boot camp', 'bootcamp'],
  ['hyrox simulation', 'hyrox'],
  ['hyrox sim', 'hyrox'],
  // `Sat: simulation or hill sprints` in a HYROX week: a race simulation of the stations and runs (issue 13).
  ['simulation', 'conditioning'],
  ['brick', 'conditioning'],
  // HYROX's running straight off a station, legs already loaded: conditioning, hard, not a plain run.
  ['compromised running', 'conditioning hard'],
  ['compromised run', 'conditioning hard'],
  // CrossFit's `4 rounds for time of: …`, `for time`: a WOD scored by its time.
  ['for time', 'conditioning'],
  // `Saturday: partner workout, AMRAP 30:00: …`: a CrossFit (or HYROX doubles) workout shared by two athletes.
  ['partner workout', 'conditioning'],
  ['partner wod', 'conditioning'],
  ['emom', 'conditioning'],
  // `E2MOM x 5`, `E3MOM`: every 2 (3, 4, 5) minutes on the minute.
  ['e2mom', 'conditioning'],
  ['e3mom', 'conditioning'],
  ['e4mom', 'conditioning'],
  ['e5mom', 'conditioning'],
  ['amrap', 'conditioning'],
  ['f45', 'conditioning'],
  ['stations', 'conditioning'],
  // `Station strength: sled push, sled pull, wall balls`: HYROX station work, one station or several.
  ['station', 'conditioning'],
  ['station work', 'conditioning'],
  // `gym-based strength, work capacity and core`: military and CrossFit plans' mixed-modal conditioning.
  ['work capacity', 'conditioning'],
  ['plyometrics', 'conditioning'],
  ['plyometric', 'conditioning'],
  ['plyos', 'conditioning'],
  ['plyo', 'conditioning'],
  ['skipping', 'conditioning easy'],
  ['jump rope', 'conditioning easy'],
  ['skipping rope', 'conditioning easy'],
  ['stairs', 'conditioning'],
  ['stair runs', 'conditioning'],
  ['stair case', 'conditioning'],
  ['staircase', 'conditioning'],
  ['stair', 'conditioning'],
  // The ACFT's sprint-drag-carry event trained as a drill: sprints, a sled drag and kettlebell carries (issue 13).
  ['sprint-drag-carry', 'conditioning'],
  ['sprint drag carry', 'conditioning'],
  // Sport.
  ['martial arts', 'sport'],
  ['jiu jitsu', 'sport'],
  ['jiu-jitsu', 'sport'],
  ['muay thai', 'sport'],
  ['table tennis', 'sport'],
  ['ultimate frisbee', 'sport'],
  ['rock climbing', 'sport'],
  ['small sided games', 'sport'],
  ['small-sided games', 'sport'],
  ['ssg', 'sport'],
  ['game', 'sport'],
  ['match', 'sport'],
  ['pickup', 'sport'],
  ['pick-up', 'sport'],
  ['skills', 'sport easy'],
  ['gymnastics', 'sport'],
  // Team sessions of a club (rugby, football, basketball): the sport's own training on the field or court.
  ['field session', 'sport'],
  ['field training', 'sport'],
  ['pitch session', 'sport'],
  // (`pitch` alone is where a session is: `4 x pitch lengths`, `lap of pitch`.)
  ['pitch training', 'sport'],
  // Rugby's scrummaging (`Scrum session`): live contact of the forwards, hard.
  ['scrum session', 'sport hard'],
  ['scrums', 'sport hard'],
  ['scrum', 'sport hard'],
  ['scrummaging', 'sport hard'],
  ['team training', 'sport'],
  ['club training', 'sport'],
  // `Squad training 7-8:30pm`, `Opposed session`: a rugby squad's training, and its full-contact practice against
  // another unit (unopposed drills are skills).
  ['squad training', 'sport'],
  ['squad session', 'sport'],
  ['opposed session', 'sport hard'],
  // `sparring 3 x 3 min`: boxing or a martial art against a partner, hard.
  ['sparring', 'sport hard'],
  // Rugby: `Wrestle` (grappling for the ball: contact, hard), the team's `Attack` and `Defence` sessions, unit skills
  // (`Lineout`) and `Position specific` work. (`Extras` is no word: it would make `extra prehab` a typo.)
  ['wrestle', 'sport hard'],
  ['attack', 'sport'],
  ['defence', 'sport'],
  ['defense', 'sport'],
  ['lineout', 'sport easy'],
  ['lineouts', 'sport easy'],
  ['line-out', 'sport easy'],
  ['position specific', 'sport'],
  ['positional', 'sport'],
  ['opposed', 'sport hard'],
  ['unopposed', 'sport easy'],
  ['team practice', 'sport'],
  ['practice', 'sport'],
  ['scrimmage', 'sport'],
  ['contact session', 'sport hard'],
  // `Rugby skills + contact (60 min)`: contact training of a collision sport.
  ['contact', 'sport hard'],
  ['skills session', 'sport easy'],
  ['court work', 'sport easy'],
  ['shootaround', 'sport easy'],
  ['shooting', 'sport easy'],
  ['ball handling', 'sport easy'],
  ['kicking', 'sport easy'],
  // Rugby: `Unit sessions (forwards: scrum, lineout)`, `Skills + Units`, a pre-season `friendly` (a match).
  ['unit session', 'sport'],
  ['unit sessions', 'sport'],
  ['units', 'sport'],
  ['friendly', 'sport hard'],
  // `Team run`, `Captain's run`: a rugby team's walk-through the day before a match, not a run.
  ['team run', 'sport easy'],
  ["captain's run", 'sport easy'],
  ['captains run', 'sport easy'],
  // `MAS running 15/15 x 10 min`: intervals at maximal aerobic speed (team sports). `MAS` alone is no word of its own:
  // it is one letter from `max`.
  ['mas running', 'run intervals'],
  ['mas intervals', 'run intervals'],
  ['mas run', 'run intervals'],
  ['pre-season friendly', 'sport hard'],
  ['preseason friendly', 'sport hard'],
  // Parachute Regiment selection (P Company): the log race and the stretcher race are loaded team carries over
  // miles of hills, hard conditioning — not a race to taper for.
  ['log race', 'conditioning hard'],
  ['stretcher race', 'conditioning hard'],
  // The stretcher carried over a distance, P Company's milling (a minute of boxing) and steeplechase (a cross-country
  // run over obstacles), practised in the weeks before: hard conditioning.
  ['stretcher carry', 'conditioning hard'],
  ['milling', 'conditioning hard'],
  ['steeplechase', 'conditioning hard'],
  // Repeated high-intensity efforts (`RHIE 3 x 5 min`): rugby's conditioning of sprints, contacts and get-ups.
  ['rhie', 'conditioning hard'],
  // The Army's `Battle PT`: loaded circuits, carries and sprints in kit.
  ['battle pt', 'conditioning hard'],
  // `Off-feet conditioning: Wattbike 10 x 30s`: conditioning on a bike or rower (off the feet), not a day off.
  ['off-feet conditioning', 'conditioning'],
  ['off feet conditioning', 'conditioning'],
  ['off-legs conditioning', 'conditioning'],
  ['off legs conditioning', 'conditioning'],
  // `Aerobic capacity: 4 x 4 min @ 85-90% MHR`, `Anaerobic capacity: …`: a team sport's conditioning block, named by
  // the quality it trains (hard unless an easy word is written).
  ['aerobic capacity', 'conditioning'],
  ['anaerobic capacity', 'conditioning'],
  ['aerobic power', 'conditioning'],
  // A team's walk-through (the plays rehearsed at walking pace, the day before a match): easy team training.
  ['walk-through', 'sport easy'],
  ['walkthrough', 'sport easy'],
  ['walk through', 'sport easy'],
  // Races and tests.
  ['competition', 'race'],
  ['parkrun', 'race 5km'],
  ['park run', 'race 5km'],
  ['time trial', 'test time trial'],
  // Jeff Galloway's magic mile: a timed mile that predicts race pace.
  ['magic mile', 'test time trial 1mi'],
  // `MM + 2 mi`: Galloway's schedules write the magic mile `MM`.
  ['mm', 'test time trial 1mi'],
  // Nike Run Club's `Benchmark Run`: a run at best effort that measures fitness, a time trial.
  ['benchmark run', 'test time trial'],
  ['tt', 'test time trial'],
  ['1rm test', 'test 1rm'],
  ['max test', 'test 1rm'],
  ['fitness test', 'test'],
  // Field tests of team sports: the Bronco (1.2 km of shuttles), the 30-15 Intermittent Fitness Test.
  ['bronco', 'test'],
  // The Yo-Yo intermittent recovery test (`Yo-yo IR1`).
  ['yo-yo', 'test'],
  ['yoyo', 'test'],
  ['yo yo', 'test'],
  // `Broncos x 2` (the Bronco's shuttles run as training, more than once): hard conditioning, not the test.
  ['broncos', 'conditioning hard'],
  ['ift', 'test'],
  // `3 mile ruck run assessment`, `2 mile run test`: military plans' assessments are fitness tests.
  ['assessment', 'test'],
  // `Assessment Work/Strength` (Mile High Strong's CPAT plan): the events of the assessment practised between tests,
  // a circuit of them, not the test itself.
  ['assessment work', 'conditioning'],
  // `Friday: Endurance` (tactical plans' endurance day): a run at an easy, aerobic pace.
  ['endurance', 'run easy'],
  // `Wed: Zone 2 – 45-60 min`: a zone with no activity named is an easy run (a zone before a bike or a swim gives way to
  // it, as `endurance` does).
  ['zone 2', 'run easy z2'],
  ['zone two', 'run easy z2'],
  // `Lift + Z2`, `Z2 45'`: a hybrid coach's shorthand for zone 2 cardio, an easy run unless an activity is named.
  ['z2', 'run easy z2'],
  // `Accessory work`: the lighter lifts beside the main ones, a gym session.
  ['accessory work', 'gym'],
  ['accessories', 'gym'],
  // `Squat/Bench/Row + Misc Accessory`, `+ Accessory`, `assistance work` (5/3/1's name for it): the same.
  ['accessory', 'gym'],
  ['misc accessory', 'gym'],
  ['misc accessories', 'gym'],
  ['assistance work', 'gym'],
  ['test prep', 'conditioning'],
  ['acft', 'test acft'],
  ['apft', 'test apft'],
  ['pft', 'test pft'],
  ['cft', 'test cft'],
  // More fitness tests of military, fire and police selection: the Air Force's PFA, the Navy's PST, the firefighters'
  // CPAT, the UK police's job-related fitness test and its bleep test (a test name before `circuit`, `prep`, `practice`
  // … is training for it: sessions.ts `TEST_TRAINING`).
  ['pfa', 'test pfa'],
  ['pst', 'test pst'],
  ['cpat', 'test cpat'],
  ['jrft', 'test jrft'],
  ['bleep test', 'test'],
  ['beep test', 'test'],
];

/**
 * Words after a fitness test's name that make the session training for the test, a conditioning session (`ACFT
 * circuit`, `PFT prep`, `CPAT Circuit #1`, `GR heavy PFT work`); `mock PFT` stays the test.
 */
export const TEST_TRAINING_WORDS: readonly string[] = ['circuit', 'circuits', 'prep', 'practice', 'training', 'work', 'workout', 'workouts', 'drills', 'events'];

/** Conditioning words that start a conditioning session on their own, with their canonical style. */
export const CONDITIONING_WORDS: ReadonlyMap<string, ConditioningStyle> = new Map<string, ConditioningStyle>([
  ['conditioning', 'conditioning'],
  ['crossfit', 'crossfit'],
  ['hiit', 'hiit'],
  ['metcon', 'metcon'],
  ['circuit', 'circuit'],
  ['hyrox', 'hyrox'],
  ['bootcamp', 'bootcamp'],
]);

/**
 * Body parts of a bodybuilding split and the region each works. Two of one region (or core with any) joined by `&` or
 * `and` (`chest & triceps`, `back and biceps`, `legs & core`) are one gym session's parts, not a second session.
 */
export const BODY_PARTS: ReadonlyMap<string, 'upper' | 'lower' | 'core'> = new Map<string, 'upper' | 'lower' | 'core'>([
  ['chest', 'upper'], ['back', 'upper'], ['shoulders', 'upper'], ['delts', 'upper'], ['arms', 'upper'], ['arm', 'upper'],
  ['biceps', 'upper'], ['triceps', 'upper'], ['bis', 'upper'], ['tris', 'upper'], ["bi's", 'upper'], ["tri's", 'upper'], ['forearms', 'upper'], ['traps', 'upper'], ['lats', 'upper'],
  ['legs', 'lower'], ['glutes', 'lower'], ['hamstrings', 'lower'], ['quads', 'lower'], ['calves', 'lower'],
  ['abs', 'core'], ['core', 'core'],
]);

/** A time of day in words (`Morning: 8 miles easy. Evening: 4 miles`): `am` or `pm`. */
export const PERIOD_WORDS: ReadonlyMap<string, 'am' | 'pm'> = new Map<string, 'am' | 'pm'>([
  ['morning', 'am'],
  ['afternoon', 'pm'],
  ['evening', 'pm'],
  ['night', 'pm'],
]);

/** What a selection march carries with its load (`35lbs + water + weapon`): part of the load, no session. */
export const CARRIED: ReadonlySet<string> = new Set(['water', 'weapon', 'rifle', 'belt', 'webbing']);

/** Sports that start a sport session on their own (one word; longer names are in SESSION_PHRASES). */
export const SPORTS: readonly string[] = [
  'football', 'soccer', 'basketball', 'tennis', 'climbing', 'bouldering', 'boxing', 'kickboxing', 'mma', 'bjj', 'judo',
  'karate', 'wrestling', 'rugby', 'hockey', 'volleyball', 'squash', 'badminton', 'padel', 'pickleball', 'netball',
  'handball', 'lacrosse', 'baseball', 'softball', 'cricket', 'golf', 'surfing', 'skiing', 'snowboarding', 'skating',
  'dance', 'dancing', 'paddleboarding', 'kayaking',
  // Team sports of club players' logs (`cycling + korfball training` was "Unknown session 'korfball'").
  'korfball', 'hurling', 'camogie', 'shinty', 'floorball', 'futsal',
];

/** How a word changes a session once its kind is known. */
export type Modifier =
  | { runType: RunType }
  | { focus: GymFocus }
  | { intensity: GymIntensity }
  | { effort: 'easy' | 'hard' }
  | { target: EffortTarget }
  | { strides: true }
  | { drills: true }
  | { format: 'emom' | 'amrap' }
  | { event: { what: string; discipline: EventDiscipline; km?: number } }
  /** A word that says nothing the model keeps (`rest day`, `run session`). */
  | { noise: true };

/** Words that fill out a phrase in any session and mean nothing more. */
export const NOISE_WORDS: readonly string[] = [
  'day', 'session', 'workout', 'training', 'work', 'class', 'total', 'optional', 'and', 'plus', 'then', 'for', 'of', 'a',
  'the', '&', 'very', 'short', 'some', 'each', 'rounds', 'round', 'reps', 'sets', 'technique', 'accessory', 'with', 'w',
  'to', 'finish', 'target', 'simulation', 'b', 'c', 'time',
  // `Bleep test: aim for level 12`: what to aim for says nothing the model keeps.
  'aim', 'aiming',
  // `unit skills`: the rugby unit (forwards, backs) that trains.
  'unit',
];

/** Run words beyond the run types (`run track 6x400m`, `run steady 8km`, `run race pace 3mi`). */
export const RUN_MODIFIERS: readonly (readonly [string, Modifier])[] = [
  ['steady', { runType: 'steady' }],
  ['moderate', { runType: 'steady' }],
  // `3m mod`: plan tables' abbreviation of moderate.
  ['mod', { runType: 'steady' }],
  ['mp', { runType: 'steady' }],
  // Planned (FIRST's `8 miles at PMP`) and goal marathon pace: the same steady effort.
  ['pmp', { runType: 'steady' }],
  ['gmp', { runType: 'steady' }],
  ['marathon pace', { runType: 'steady' }],
  ['progression', { runType: 'steady' }],
  ['progressive', { runType: 'steady' }],
  ['fast finish', { runType: 'steady' }],
  ['rec', { runType: 'recovery' }],
  // `30 min EZ` (plan tables' abbreviation of easy).
  ['ez', { runType: 'easy' }],
  // `60 min E`, `70' E + strides`: Daniels' E (easy) after a run's time or distance, as doubles logs write it.
  ['e', { runType: 'easy' }],
  ['vo2max', { runType: 'intervals' }],
  ['vo2 max', { runType: 'intervals' }],
  ['vo2', { runType: 'intervals' }],
  ['lr', { runType: 'long' }],
  ['off road', { noise: true }],
  // `6 x 60m, full recovery`: walk-back recoveries between sprints, not a full-body session.
  ['full recovery', { noise: true }],
  ['complete recovery', { noise: true }],
  // Where a run is done is not what it is: `Tempo on a grass track`, `strides on the track` (a `track` session alone is
  // intervals).
  ['on the track', { noise: true }],
  ['on a track', { noise: true }],
  ['on a grass track', { noise: true }],
  ['on the grass track', { noise: true }],
  ['at the track', { noise: true }],
  ['off-road', { noise: true }],
  ['warm down', { noise: true }],
  ['warm-down', { noise: true }],
  ['aerobic', { runType: 'easy' }],
  ['light', { runType: 'easy' }],
  ['low-intensity', { runType: 'easy' }],
  ['gentle', { runType: 'easy' }],
  ['fast', { runType: 'tempo' }],
  ['pace', { target: 'race' }],
  // `at a slow pace`, `at conversation pace`, `at your own pace`: `pace` alone is race pace (Higdon's `3 mi pace`), but a
  // pace a word describes is that effort — and a pace the runner picks is no target at all (the run stays as typed).
  ['slow pace', { runType: 'easy' }],
  ['gentle pace', { runType: 'easy' }],
  ['leisurely pace', { runType: 'easy' }],
  ['conversation pace', { runType: 'easy' }],
  ['conversational pace', { runType: 'easy' }],
  ['chatty pace', { runType: 'easy' }],
  ['talking pace', { runType: 'easy' }],
  ['talk pace', { runType: 'easy' }],
  ['jogging pace', { runType: 'easy' }],
  ['jog pace', { runType: 'easy' }],
  ['comfortable pace', { runType: 'easy' }],
  ['natural pace', { runType: 'easy' }],
  ['own pace', { noise: true }],
  ['your pace', { noise: true }],
  ['my pace', { noise: true }],
  ['any pace', { noise: true }],
  ['whatever pace', { noise: true }],
  ['a pace', { noise: true }],
  // `moderate pace distance run`: a pace word with an effort is that effort, not race pace.
  ['moderate pace', { runType: 'steady' }],
  ['steady pace', { runType: 'steady' }],
  ['easy pace', { runType: 'easy' }],
  ['relaxed', { runType: 'easy' }],
  ['relaxed pace', { runType: 'easy' }],
  ['shuttle', { runType: 'intervals' }],
  ['shuttles', { runType: 'intervals' }],
  ['mile repeats', { runType: 'intervals' }],
  ['reps', { runType: 'intervals' }],
  ['hill reps', { runType: 'hills' }],
  ['agility', { drills: true }],
  // `COD drills`: change-of-direction drills of field sports.
  ['cod drills', { drills: true }],
  ['cod', { drills: true }],
  ['change of direction', { drills: true }],
  ['trail', { noise: true }],
  ['conversational', { target: 'easy' }],
  ['base', { runType: 'easy' }],
  // Pfitzinger's words: general aerobic and medium-long runs are aerobic running.
  ['ga', { runType: 'easy' }],
  ['general aerobic', { runType: 'easy' }],
  ['mlr', { runType: 'easy' }],
  ['medium-long', { runType: 'easy' }],
  ['medium long', { runType: 'easy' }],
  ['lsd', { runType: 'long' }],
  ['long slow distance', { runType: 'long' }],
  ['track', { runType: 'intervals' }],
  ['track workout', { runType: 'intervals' }],
  ['speed', { runType: 'intervals' }],
  ['speedwork', { runType: 'intervals' }],
  ['speed work', { runType: 'intervals' }],
  ['sprints', { runType: 'intervals' }],
  ['sprint', { runType: 'intervals' }],
  ['sprinting', { runType: 'intervals' }],
  ['repeats', { runType: 'intervals' }],
  ['interval', { runType: 'intervals' }],
  ['yasso', { runType: 'intervals' }],
  ['ladder', { runType: 'intervals' }],
  ['ladders', { runType: 'intervals' }],
  // The agility ladder's footwork is drills, no repeats (`run 30 min, ladder drills`).
  ['agility ladder', { drills: true }],
  ['ladder drills', { drills: true }],
  ['ladder drill', { drills: true }],
  ['hill', { runType: 'hills' }],
  ['hill sprints', { runType: 'hills' }],
  ['hill repeats', { runType: 'hills' }],
  ['cruise intervals', { runType: 'threshold' }],
  ['lt', { runType: 'threshold' }],
  ['quality', { runType: 'tempo' }],
  ['hard', { runType: 'tempo' }],
  // `3 x 1 mile tempos`, `two 4 mile tempos`: tempo runs counted.
  ['tempos', { runType: 'tempo' }],
  ['race pace', { target: 'race' }],
  ['goal pace', { target: 'race' }],
  ['strides', { strides: true }],
  ['stride', { strides: true }],
  // `45 min with 8 accelerations`, `+ 4-8 pickups`: short accelerations at the end of an easy run are strides.
  ['accelerations', { strides: true }],
  ['accels', { strides: true }],
  ['pickups', { strides: true }],
  ['pick-ups', { strides: true }],
  // `71' + 5 x 20" surges`: a log's short surges at the end of an easy run are strides too.
  ['surges', { strides: true }],
  // `+ 6 acceleration-gliders`: Galloway's strides (accelerate, then glide on momentum).
  ['acceleration gliders', { strides: true }],
  ['acceleration-gliders', { strides: true }],
  ['gliders', { strides: true }],
  ['drills', { drills: true }],
  ['form drills', { drills: true }],
  ['warm up', { noise: true }],
  ['cool down', { noise: true }],
  ['warmup', { noise: true }],
  ['warm-up', { noise: true }],
  ['cooldown', { noise: true }],
  ['cool-down', { noise: true }],
  ['warmup/cooldown', { noise: true }],
  ['w/u', { noise: true }],
  ['c/d', { noise: true }],
  ['wu', { noise: true }],
  ['cd', { noise: true }],
];

/** Gym words beyond focus and intensity. */
export const GYM_MODIFIERS: readonly (readonly [string, Modifier])[] = [
  ['upper body', { focus: 'upper' }],
  ['lower body', { focus: 'lower' }],
  ['full body', { focus: 'full' }],
  ['total body', { focus: 'full' }],
  ['leg', { focus: 'lower' }],
  ['arms', { focus: 'upper' }],
  ['chest', { focus: 'upper' }],
  ['shoulders', { focus: 'upper' }],
  ['glutes', { focus: 'lower' }],
  // `weights for biceps & triceps`: the body parts of a split day after the gym word (`back` and `legs` aside: `back
  // squat`, and `legs` is a focus word already).
  ['biceps', { focus: 'upper' }],
  // `Tricep pushdown 3x12`, `Bicep curls`: the singular people write (it starts the lift's name, as `chest press` does).
  ['bicep', { focus: 'upper' }],
  ['tricep', { focus: 'upper' }],
  ['triceps', { focus: 'upper' }],
  ['forearms', { focus: 'upper' }],
  ['traps', { focus: 'upper' }],
  ['lats', { focus: 'upper' }],
  ['delts', { focus: 'upper' }],
  ['hamstrings', { focus: 'lower' }],
  ['quads', { focus: 'lower' }],
  ['calves', { focus: 'lower' }],
  ['abs', { focus: 'core' }],
  // Core exercises named after the legs that move (`flutter kicks, leg levers`): core work, not a leg day.
  ['leg levers', { focus: 'core' }],
  ['leg raises', { focus: 'core' }],
  ['leg lifts', { focus: 'core' }],
  ['leg lowers', { focus: 'core' }],
  ['hard', { intensity: 'heavy' }],
  ['easy', { intensity: 'light' }],
  ['me', { intensity: 'heavy' }],
  ['max effort', { intensity: 'heavy' }],
  ['de', { intensity: 'moderate' }],
  ['mod', { intensity: 'moderate' }],
  ['dynamic effort', { intensity: 'moderate' }],
  ['power', { intensity: 'moderate' }],
  ['whole body', { focus: 'full' }],
  ['regeneration', { intensity: 'light' }],
  ['endurance', { intensity: 'light' }],
  ['hypertrophy', { intensity: 'moderate' }],
  ['emom', { format: 'emom' }],
  ['amrap', { format: 'amrap' }],
];

/** Words of cross-training, conditioning and sport sessions beyond `easy` and `hard`. */
export const EFFORT_MODIFIERS: readonly (readonly [string, Modifier])[] = [
  ['light', { effort: 'easy' }],
  ['recovery', { effort: 'easy' }],
  ['gentle', { effort: 'easy' }],
  ['ez', { effort: 'easy' }],
  ['intense', { effort: 'hard' }],
  ['high intensity', { effort: 'hard' }],
  ['high effort', { effort: 'hard' }],
  ['intervals', { effort: 'hard' }],
  ['emom', { format: 'emom' }],
  ['amrap', { format: 'amrap' }],
  ['game', { noise: true }],
  ['brisk', { noise: true }],
  ['moderate', { effort: 'easy' }],
  ['mod', { effort: 'easy' }],
  ['aerobic', { effort: 'easy' }],
  ['speed', { effort: 'hard' }],
  // `sprint row`, `bike sprints 6x30s`: sprints on an erg or a bike are hard (as sprints make a run quality).
  ['sprint', { effort: 'hard' }],
  ['sprints', { effort: 'hard' }],
  // `Tab 8 miles with 35lb bergen in under 2 hours`, `row 2k best effort`: a time to beat, or a best effort, is hard.
  ['in under', { effort: 'hard' }],
  ['best effort', { effort: 'hard' }],
  ['max effort', { effort: 'hard' }],
  ['all out', { effort: 'hard' }],
  ['all-out', { effort: 'hard' }],
  ['flat out', { effort: 'hard' }],
  // `Watt Bike HIIT`, `rower tabata`: high-intensity intervals on an erg or a bike are hard, as `intervals` are.
  ['hiit', { effort: 'hard' }],
  ['tabata', { effort: 'hard' }],
  // `Bike conditioning`, `rower conditioning 10 x 1 min`: a team's conditioning on an erg or a bike is hard intervals.
  ['conditioning', { effort: 'hard' }],
  ['non', { noise: true }],
  ['match', { noise: true }],
  ['practice', { noise: true }],
];

const MARATHON_KM = 42.195;

/** What a race or a test is of (`race half marathon`, `test acft`, `test 1rm`). */
export const EVENT_MODIFIERS: readonly (readonly [string, Modifier])[] = [
  ['marathon', { event: { what: 'marathon', discipline: 'run', km: MARATHON_KM } }],
  ['half marathon', { event: { what: 'half marathon', discipline: 'run', km: MARATHON_KM / 2 } }],
  ['half', { event: { what: 'half marathon', discipline: 'run', km: MARATHON_KM / 2 } }],
  ['mile', { event: { what: 'mile', discipline: 'run', km: 1.609344 } }],
  ['time trial', { event: { what: 'time trial', discipline: 'run' } }],
  ['run', { event: { what: 'run', discipline: 'run' } }],
  ['ruck run', { event: { what: 'run', discipline: 'run' } }],
  ['ruck-run', { event: { what: 'run', discipline: 'run' } }],
  ['1rm', { event: { what: '1rm', discipline: 'strength' } }],
  ['max', { event: { what: '1rm', discipline: 'strength' } }],
  ['strength', { event: { what: 'strength', discipline: 'strength' } }],
  ['acft', { event: { what: 'acft', discipline: 'mixed' } }],
  ['apft', { event: { what: 'apft', discipline: 'mixed' } }],
  ['pft', { event: { what: 'pft', discipline: 'mixed' } }],
  ['cft', { event: { what: 'cft', discipline: 'mixed' } }],
  ['pfa', { event: { what: 'pfa', discipline: 'mixed' } }],
  ['pst', { event: { what: 'pst', discipline: 'mixed' } }],
  ['cpat', { event: { what: 'cpat', discipline: 'mixed' } }],
  ['jrft', { event: { what: 'jrft', discipline: 'mixed' } }],
  ['hyrox', { event: { what: 'hyrox', discipline: 'mixed' } }],
  ['fitness', { event: { what: 'fitness', discipline: 'mixed' } }],
  ['day', { noise: true }],
];

/** Effort targets after `@` or `at` (`@ threshold`, `@ MP`, `at easy pace`); a trailing `pace` or `effort` is allowed. */
export const TARGET_PHRASES: readonly (readonly [string, EffortTarget])[] = [
  ['recovery', 'recovery'],
  ['easy', 'easy'],
  ['conversational', 'easy'],
  // `comfortably hard`: the classic description of a tempo run's effort (before `comfortable`, which is easy).
  ['comfortably hard', 'tempo'],
  ['comfortable', 'easy'],
  ['aerobic', 'easy'],
  ['steady', 'steady'],
  ['moderate', 'steady'],
  ['mp', 'marathon'],
  ['pmp', 'marathon'],
  ['gmp', 'marathon'],
  ['marathon', 'marathon'],
  ['hmp', 'half-marathon'],
  // `3 miles @ GHMP+20-30sec`: goal half marathon pace, as GMP is goal marathon pace.
  ['ghmp', 'half-marathon'],
  ['hm', 'half-marathon'],
  ['half marathon', 'half-marathon'],
  ['half', 'half-marathon'],
  ['threshold', 'threshold'],
  ['lt', 'threshold'],
  // `3 x 10' @ LT2`, `Easy 8km @ LT1`: the second (lactate) threshold, and the first (aerobic) one, the top of easy.
  ['lt2', 'threshold'],
  ['vt2', 'threshold'],
  ['lt1', 'easy'],
  ['vt1', 'easy'],
  ['lactate threshold', 'threshold'],
  ['tempo', 'tempo'],
  ['10k', '10k'],
  ['10km', '10k'],
  // Critical velocity (`10 x 1K @ CV`): the fastest pace held for about 30 minutes, between 10K and half-marathon pace.
  ['cv', '10k'],
  ['critical velocity', '10k'],
  ['5k', '5k'],
  ['5km', '5k'],
  ['mile', 'mile'],
  ['interval', 'interval'],
  ['race', 'race'],
  ['goal', 'race'],
  // Daniels' paces (Running Formula): E easy, M marathon, T threshold, I interval, R repetition (about mile pace).
  // Last, so the canonical form writes each target's first phrase (`@ threshold`, not `@ t pace`).
  ['e pace', 'easy'],
  ['m pace', 'marathon'],
  ['t pace', 'threshold'],
  ['i pace', 'interval'],
  ['r pace', 'mile'],
];

/**
 * Last words of exercise names (`sled push`, `farmers carry`, `wall balls`, `bulgarian split squat`): a run of words
 * ending in one of these is an exercise, written outside brackets, in a gym session.
 */
export const EXERCISE_HEADS: readonly string[] = [
  'squat', 'squats', 'deadlift', 'deadlifts', 'rdl', 'rdls', 'lunge', 'lunges', 'press', 'presses', 'bench', 'row',
  // `10 heaves (pull-ups)`: the Royal Marines' and the US Navy's word for a pull-up.
  'heave', 'heaves',
  'rows', 'pullup', 'pullups', 'pull-up', 'pull-ups', 'chinup', 'chinups', 'chin-up', 'chin-ups', 'chins', 'pushup', 'pushups',
  'push-up', 'push-ups', 'dip', 'dips', 'curl', 'curls', 'raise', 'raises', 'extension', 'extensions', 'thrust',
  'thrusts', 'thruster', 'thrusters', 'bridge', 'bridges', 'swing', 'swings', 'snatch', 'clean', 'cleans', 'jerk',
  'burpee', 'burpees', 'balls', 'carry', 'carries', 'push', 'pull', 'drag', 'plank', 'planks', 'crunch', 'crunches',
  'situps', 'sit-ups', 'step-ups', 'stepups', 'step-up', 'stepup', 'jumps', 'flyes', 'flys', 'shrugs', 'hinge', 'hinges', 'lift', 'lifts',
  'ball', 'ohp', 'getup', 'get-up', 'getups', 'get-ups', 'throws', 'throw', 'ups', 'downs', 'climbers', 'jacks',
  'pushes', 'pulls', 'drags', 'pulldown', 'pulldowns', 'bridging', 'pushdown', 'pushdowns',
  // `V-sits 3x20`: the core move.
  'sits',
];

/**
 * Exercise names that are conditioning moves: a piece after another session of the day that names one of these first
 * (`Fri: full body weights + wall balls or burpees`, `, finish with burpees`, `threshold run + wall ball work`) is a
 * finisher, a conditioning session of its own, not more exercises of the session before it. First on the day
 * (`wall balls 3x20`) or in a lift's list (`squat 5x5, burpees 3x10`) they stay exercises of a gym session.
 */
export const CONDITIONING_MOVES: readonly string[] = [
  'burpee', 'burpees', 'wall ball', 'wall balls', 'wallball', 'wallballs', 'wall-balls', 'mountain climbers', 'jumping jacks',
  'battle ropes',
];

/**
 * Words of sprint work: a week that names one of these and runs no distance (no long run, no run of 5 km or 30 min)
 * is a sprinter's week, whose bare `tempo` is the sprinters' easy extensive tempo (language-decisions.md,
 * "Sprinters' tempo and dotted abbreviations").
 */
export const SPRINT_WORK_PHRASES: readonly string[] = [
  'special endurance',
  'special end',
  's.e.',
  'accelerations',
  'acceleration',
  'accels',
  'block starts',
  'blocks',
  'flys',
  'flying',
  'max velocity',
  'maximum velocity',
  'top speed',
];
