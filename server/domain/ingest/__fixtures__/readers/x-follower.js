window.YTD.follower.part0 = [
{
  "follower": {
    "accountId": "1252851",
    "userLink": "https://twitter.com/intent/user?user_id=1252851"
  }
},
{
  "follower": {
    "accountId": "987654321012345678",
    "userLink": "https://twitter.com/intent/user?user_id=987654321012345678"
  }
}
]
