package extract

// firstNameGender tells the gender of common first names, so that "she"
// does not resolve to a man named just before.
var firstNameGender = func() map[string]string {
	m := map[string]string{}
	for w := range wordSet(`james john robert michael william david richard joseph thomas charles
		christopher daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian
		george edward ronald timothy jason jeffrey ryan jacob gary nicholas eric jonathan stephen
		larry justin scott brandon benjamin samuel gregory frank alexander raymond patrick jack
		dennis jerry tyler aaron jose adam henry nathan douglas zachary peter kyle walter ethan
		jeremy harold keith christian roger noah gerald carl terry sean austin arthur lawrence
		jesse dylan bryan joe jordan billy bruce albert willie gabriel logan alan juan wayne roy
		ralph randy eugene vincent russell louis bobby philip johnny bill mike tom jim bob chris
		dan tim ted newt mitt barack vladimir rudy rudolph reince chuck harry mitch marco rand
		bernie jeb lindsey ben al dick colin jeh corey steve sam nick tony
		rick ron jon jonah jared eli omar ahmed mohammed muhammad ali hassan ivan igor sergei
		dmitri xi li wang pierre francois hans karl klaus luis carlos jorge pedro miguel
		rex reed evan howard neil glenn marcus malcolm martin franklin woodrow abraham lyndon
		julian rudolph chad todd derek travis shane mario antonio rafael tim kurt`) {
		m[w] = "m"
	}
	for w := range wordSet(`mary patricia jennifer linda elizabeth barbara susan jessica sarah
		karen nancy lisa betty margaret sandra ashley kimberly emily donna michelle dorothy carol
		amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen amy shirley angela
		helen anna brenda pamela nicole emma samantha katherine christine debra rachel catherine
		carolyn janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina
		lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria ann
		teresa kathryn sara janice jean alice madison doris abigail julia judy grace denise amber
		marilyn beverly danielle theresa sophia marie diana brittany natalie isabella charlotte
		rose alexis kayla hillary huma chelsea melania ivanka michelle condoleezza nikki sarah
		elizabeth hope kellyanne loretta cheryl donna debbie nancy dianne tulsi kamala jill
		katrina kate katie meghan megyn gennifer alicia paula sheryl oprah beyonce taylor jane
		susanne suzanne ellen eileen irene marsha maxine barbara valerie tammy tina gina lynn
		claire louise sophie ingrid angela theresa marine yulia natalia olga priya anita sonia`) {
		m[w] = "f"
	}
	return m
}()
